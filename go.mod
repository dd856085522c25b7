module github.com/reconcile-news/reconcile

go 1.26.8

require (
	github.com/mattn/go-isatty v0.0.24
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5
)

require (
	golang.org/x/sys v0.28.0 // indirect
	golang.org/x/text v0.14.0 // indirect
)

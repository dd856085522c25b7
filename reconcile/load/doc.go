// Package load turns input files into documents: it finds the files a user
// named (walking directories), checks that they are readable text, parses
// their format, lays each article out into headline, summary, body and
// page furniture, and splits the readable parts into sentences.
//
// Formats: .txt and .md (the file is the text), .html and .htm (the main
// content, found with go-readability and written out as text; nothing is
// fetched), .json (one article object) and .jsonl (one per line, each a
// Document with Source.Path "file.jsonl:N"). The path "-" reads standard
// input and guesses the format from its first byte.
//
// Every byte offset in a Document refers to Document.Text, which for plain
// text and Markdown is the file itself and for the other formats the text
// extracted from it (see Document); Document.Pos turns an offset into a
// line and a column in runes in O(log lines). Problems with input are
// *Error values that name the file and, where there is one, the line and
// column, and match one of the Err sentinels with errors.Is. LoadAll reads
// everything it can and returns the rest as an ErrorList.
package load

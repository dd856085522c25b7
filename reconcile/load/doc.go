// Package load turns input files into documents: it finds the files a user
// named (walking directories), checks that they are readable text, parses
// their format, lays each article out into headline, summary, body and
// page furniture, and splits the readable parts into sentences.
//
// Every byte offset in a Document refers to Document.Text, which for plain
// text and Markdown is the file itself; Document.Pos turns an offset into a
// line and a column in runes. Problems with input are *Error values that
// name the file and, where there is one, the line and column.
package load

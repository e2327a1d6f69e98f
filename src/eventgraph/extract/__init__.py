"""Reading articles into facts. Importing the package first decides, once per process, whether the
rule modules run compiled or as pure Python (see `eventgraph.extract.native`)."""

from eventgraph.extract import native

native.choose()

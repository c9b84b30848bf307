-- Indexes for the loader's lookups.

-- An unchanged file is recognised by its SHA-256 before it is parsed (DocumentLoader+Unchanged).
create index dim_document_sha256_idx on fiscal.dim_document (sha256);

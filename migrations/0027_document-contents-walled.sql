-- ADR 052, 053: a document's bytes are family data but their table has no collaboration_id (one
-- row per document, keyed by it). They are walled through their document: a row is visible and
-- writable only when its document is, and the documents table is walled per collaboration.
ALTER TABLE document_contents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY through_its_document ON document_contents
  USING (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_contents.document_id))
  WITH CHECK (EXISTS (SELECT 1 FROM documents d WHERE d.id = document_contents.document_id));

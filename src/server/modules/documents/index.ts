// Documents kept in a family's file and shared with the family (issue 13 point 2, ADR 052).

// R30: destroyed with the file, handed to retention by main.ts (retention cannot import this room).
export { deleteFamilyDocumentsOf, moveDocumentsToFamily } from './documents.repository';
export { documentsRoutes } from './documents.routes';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';

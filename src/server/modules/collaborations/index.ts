// What other modules and the app may use of the collaborations module (issue 15, ADR 054).
export { collaborationsRoutes } from './collaborations.routes';
export { provisionCollaboration } from './provision-collaboration';

// The module's error codes, registered with the platform's ErrorCode (ADR 028).
import './errors';

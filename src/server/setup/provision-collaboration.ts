// A new collaboration (tenant) with what every collaboration starts with: since issue 15 the
// collaborations module makes it, for the first run, the demo and the platform administrator alike.
export { provisionCollaboration } from '../modules/collaborations';

import type { ErrorCode } from '../shared/result';

/**
 * A failure a person can act on, thrown by a service and turned into a result envelope by the
 * router. A class because the router must tell it apart (`instanceof`) from programming errors,
 * whose details never cross to the renderer.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

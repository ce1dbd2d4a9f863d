/**
 * A setting that validates but is unsafe to run with, found while starting (for example a
 * search key that can manage keys). The mains print the message and exit 78, like a bad variable.
 */
export class StartupRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupRefusedError';
  }
}

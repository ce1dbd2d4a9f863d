/** A failed attempt has been recorded; `final` tells whether the delivery is now 'failed'. */
export class EmailAttemptFailed extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'EmailAttemptFailed';
  }
}

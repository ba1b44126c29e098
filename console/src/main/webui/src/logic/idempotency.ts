/**
 * The Idempotency-Key of each request that sends something to a platform (replies, grouped answers, moderation, an
 * incident's hide, a recommendation request): one key per request — its path and body — kept until it succeeds, so
 * that sending it again after a failure or a timeout reuses the key and the service acts once; a changed request
 * (another text, another interaction) gets a key of its own.
 */
export class RetryKeys {
  private readonly keys = new Map<string, string>();

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key of this request: the one it was sent with before, until it succeeded, else a new one. */
  for(path: string, body: unknown): string {
    const request = `${path}\n${JSON.stringify(body)}`;
    let key = this.keys.get(request);
    if (!key) {
      key = this.newKey();
      this.keys.set(request, key);
    }
    return key;
  }

  /** The request succeeded: sending the same again is a new request, with a new key. */
  done(path: string, body: unknown): void {
    this.keys.delete(`${path}\n${JSON.stringify(body)}`);
  }
}

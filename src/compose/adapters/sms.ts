// The default SMS sender writes the code to the log instead of sending it (development only).
import type { SmsSender } from '../../core/accounts';

export interface SmsLogger {
  warn(obj: object, msg: string): void;
}

export class LogOnlySmsSender implements SmsSender {
  constructor(private readonly log: SmsLogger) {}

  async send(phone: string, _text: string, code: string): Promise<void> {
    // The phone is masked by the logger's redaction; the code is shown because nothing was sent.
    this.log.warn({ phone, devCode: code }, 'DEV SMS (not sent)');
  }
}

/** Remembers the last code per phone: for tests. */
export class MemorySmsSender implements SmsSender {
  readonly sent = new Map<string, string>();
  async send(phone: string, _text: string, code: string): Promise<void> {
    this.sent.set(phone, code);
  }
}

// Change events: a module publishes what changed after its transaction commits; subscribers are wired
// in one place (the composition root). Handlers run in order and their failures are reported, never
// thrown back at the publisher: the change is already committed.
//
// Delivery: `cluster` subscribers (caches) run in every process — a transport (Redis pub/sub) carries
// the event to the others; `origin` subscribers (side effects such as enqueuing a job) run once, in the
// process that published. Events are plain JSON.
export interface DomainEvent {
  /** `<module>.<what happened>`, e.g. merchants.changed. */
  type: string;
}

export type Delivery = 'cluster' | 'origin';

export interface EventPublisher<E extends DomainEvent = DomainEvent> {
  publish(event: E): Promise<void>;
}

export type EventHandler<E extends DomainEvent> = (event: E) => Promise<void> | void;

/** Forwards events to other processes and hands theirs in. */
export interface EventTransport {
  send(event: DomainEvent): Promise<void>;
  onReceive(handler: (event: DomainEvent) => Promise<void>): void;
  close(): Promise<void>;
}

type Sub = { delivery: Delivery; handler: EventHandler<DomainEvent> };

export class EventBus<E extends DomainEvent = DomainEvent> implements EventPublisher<E> {
  private readonly subs = new Map<string, Sub[]>();
  private transport: EventTransport | null = null;

  constructor(private readonly onError: (err: unknown, event: DomainEvent) => void = () => {}) {}

  subscribe<T extends E['type']>(
    type: T,
    handler: EventHandler<Extract<E, { type: T }>>,
    delivery: Delivery = 'origin',
  ): void {
    const list = this.subs.get(type) ?? [];
    list.push({ delivery, handler: handler as EventHandler<DomainEvent> });
    this.subs.set(type, list);
  }

  /** Connects the bus to other processes; events they publish reach this process's cluster subscribers. */
  connect(transport: EventTransport): void {
    this.transport = transport;
    transport.onReceive((event) => this.deliver(event, 'remote'));
  }

  async publish(event: E): Promise<void> {
    await this.deliver(event, 'local');
    if (this.transport) await this.transport.send(event).catch((err: unknown) => this.onError(err, event));
  }

  private async deliver(event: DomainEvent, from: 'local' | 'remote'): Promise<void> {
    for (const sub of this.subs.get(event.type) ?? []) {
      if (from === 'remote' && sub.delivery === 'origin') continue;
      try {
        await sub.handler(event);
      } catch (err) {
        this.onError(err, event);
      }
    }
  }

  async close(): Promise<void> {
    await this.transport?.close();
  }
}

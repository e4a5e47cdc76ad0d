// Resident profile use cases: one's own profile, the operator's register, and the verified flags.
import { type Actor, localDate, maskPhone } from '../kernel';
import { ResidentsError } from './errors';
import type { HomeOption, ProfileFlags, ProfileInput, ProfileView, ResidentProfile } from './model';
import type { ResidentsPorts } from './ports';
import { addressProblem, ageOn, birthDateProblem, maskedAddress } from './rules';

export class ResidentsService {
  constructor(private readonly p: ResidentsPorts) {}

  private async scope(circleId: string) {
    const c = await this.p.circles.get(circleId);
    if (!c) throw new ResidentsError('Q_RESIDENTS_CIRCLE_NOT_FOUND');
    return { circleId: c.id, districtCode: c.districtCode };
  }

  /** For other modules' flows (prices, eligibility): no access check, the caller already made one. */
  profileOf(userId: string): Promise<ResidentProfile | undefined> {
    return this.p.profiles.get(userId);
  }

  /** Age in whole years today in the circle's time zone (eligibility by age band). */
  async ageOf(userId: string): Promise<number | null> {
    const p = await this.p.profiles.get(userId);
    if (!p) return null;
    return ageOn(p.birthDate, localDate(this.p.clock.now(), await this.p.timezone(p.circleId)));
  }

  async own(actor: Actor | null): Promise<ResidentProfile | null> {
    if (!actor || !this.p.access.can(actor, 'residents.read_own', { ownerId: actor.userId }))
      throw new ResidentsError('Q_RESIDENTS_FORBIDDEN');
    return (await this.p.profiles.get(actor.userId)) ?? null;
  }

  async homes(actor: Actor | null, circleId: string): Promise<HomeOption[]> {
    const scope = await this.scope(circleId);
    if (!this.p.access.can(actor, 'residents.homes', scope)) throw new ResidentsError('Q_RESIDENTS_FORBIDDEN');
    return this.p.homes(circleId);
  }

  async updateOwn(actor: Actor | null, input: ProfileInput): Promise<ResidentProfile> {
    if (!actor || !this.p.access.can(actor, 'residents.update_own', { ownerId: actor.userId }))
      throw new ResidentsError('Q_RESIDENTS_FORBIDDEN');
    await this.scope(input.circleId);
    const now = this.p.clock.now();
    const today = localDate(now, await this.p.timezone(input.circleId));
    if (input.birthDate) {
      const problem = birthDateProblem(input.birthDate, today);
      if (problem) throw new ResidentsError('Q_RESIDENTS_INVALID', `birthDate: ${problem}`);
    }
    if (input.address) {
      const problem = addressProblem(input.address);
      if (problem) throw new ResidentsError('Q_RESIDENTS_INVALID', `address: ${problem}`);
    }
    if (input.residenceId) {
      const homes = await this.p.homes(input.circleId);
      if (!homes.some((h) => h.id === input.residenceId)) throw new ResidentsError('Q_RESIDENTS_HOME_NOT_IN_CIRCLE');
    }
    const current = await this.p.profiles.get(actor.userId);
    const movedCircle = current && current.circleId !== input.circleId;
    const next: ResidentProfile = {
      userId: actor.userId,
      circleId: input.circleId,
      residenceId:
        input.residenceId !== undefined ? input.residenceId : movedCircle ? null : (current?.residenceId ?? null),
      address: input.address !== undefined ? input.address?.trim() || null : (current?.address ?? null),
      birthDate: input.birthDate !== undefined ? input.birthDate : (current?.birthDate ?? null),
      // A move to another circle ends registrations made by the old circle's operator.
      elderlyVerified: movedCircle ? false : (current?.elderlyVerified ?? false),
      disabledVerified: movedCircle ? false : (current?.disabledVerified ?? false),
      consentAt: input.consent === undefined ? (current?.consentAt ?? null) : input.consent ? now : null,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    await this.p.profiles.upsert(next);
    await this.p.events.publish({
      type: 'residents.profile_changed',
      userId: next.userId,
      circleId: next.circleId,
      residenceId: next.residenceId,
    });
    return next;
  }

  async list(
    actor: Actor | null,
    circleId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: ProfileView[]; total: number }> {
    const scope = await this.scope(circleId);
    if (!this.p.access.can(actor, 'residents.list', scope)) throw new ResidentsError('Q_RESIDENTS_FORBIDDEN');
    const { items, total } = await this.p.profiles.listByCircle(circleId, page);
    const users = await this.p.users(items.map((p) => p.userId));
    const today = localDate(this.p.clock.now(), await this.p.timezone(circleId));
    return {
      total,
      items: items.map((p) => ({
        userId: p.userId,
        name: users.get(p.userId)?.name ?? '',
        phoneMasked: maskPhone(users.get(p.userId)?.phone),
        circleId: p.circleId,
        residenceId: p.residenceId,
        addressMasked: maskedAddress(p),
        age: ageOn(p.birthDate, today),
        elderlyVerified: p.elderlyVerified,
        disabledVerified: p.disabledVerified,
      })),
    };
  }

  async verify(actor: Actor | null, userId: string, flags: ProfileFlags): Promise<ResidentProfile> {
    const current = await this.p.profiles.get(userId);
    if (!current) throw new ResidentsError('Q_RESIDENTS_NOT_FOUND');
    const scope = await this.scope(current.circleId);
    if (!this.p.access.can(actor, 'residents.verify', scope)) throw new ResidentsError('Q_RESIDENTS_FORBIDDEN');
    const next: ResidentProfile = {
      ...current,
      elderlyVerified: flags.elderlyVerified ?? current.elderlyVerified,
      disabledVerified: flags.disabledVerified ?? current.disabledVerified,
      updatedAt: this.p.clock.now(),
    };
    await this.p.profiles.upsert(next);
    await this.p.events.publish({
      type: 'residents.profile_changed',
      userId,
      circleId: next.circleId,
      residenceId: next.residenceId,
    });
    return next;
  }
}

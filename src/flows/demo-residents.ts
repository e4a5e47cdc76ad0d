// Demo resident profiles: the three demo residents get homes, addresses and birth dates; the older one
// is registered for elderly services (meal assistance, free delivery) as the operator would at the desk.
import type { UserRepository } from '../core/accounts';
import type { ResidenceRepository } from '../core/residences';
import type { ResidentProfile, ResidentProfileRepository } from '../core/residents';

export interface DemoResidentsDeps {
  users: UserRepository;
  residences: ResidenceRepository;
  profiles: ResidentProfileRepository;
  now: string;
}

const PEOPLE: { phone: string; birthDate: string; elderly: boolean; disabled: boolean; room: string; home: number }[] =
  [
    { phone: '13800000008', birthDate: '1951-04-12', elderly: true, disabled: false, room: '3号楼2单元501', home: 0 },
    { phone: '13800000009', birthDate: '1984-09-30', elderly: false, disabled: false, room: '7号楼1单元302', home: 3 },
    { phone: '13800000010', birthDate: '1990-02-18', elderly: false, disabled: false, room: '2号楼3单元1101', home: 1 },
  ];

export async function seedDemoResidents(d: DemoResidentsDeps, circleIds: Record<string, string>): Promise<number> {
  let n = 0;
  for (const person of PEOPLE) {
    const user = await d.users.findByPhone(person.phone);
    const circleId = user?.roles.find((g) => g.circleId)?.circleId ?? circleIds.langmaoshan;
    if (!user || !circleId) continue;
    const homes = await d.residences.list(circleId);
    const home = homes[person.home % Math.max(1, homes.length)];
    const profile: ResidentProfile = {
      userId: user.id,
      circleId,
      residenceId: home?.id ?? null,
      address: home ? `${home.name}${person.room}` : null,
      birthDate: person.birthDate,
      elderlyVerified: person.elderly,
      disabledVerified: person.disabled,
      consentAt: d.now,
      createdAt: d.now,
      updatedAt: d.now,
    };
    await d.profiles.upsert(profile);
    n++;
  }
  return n;
}

import { useState } from 'react';
import { useCircles, useMe } from '../../api/queries';
import { grantedCircleId } from '../../app/roles';

/** The circle a page shows: the user's choice, else their granted circle, else the first visible one. */
export function useActiveCircle() {
  const me = useMe();
  const circles = useCircles(Boolean(me.data));
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const fallback = (me.data && grantedCircleId(me.data)) ?? circles.data?.[0]?.id;
  const circleId = chosen ?? fallback;
  return { circleId, setCircleId: setChosen, circles };
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Profile, ScenarioChange } from './types';

export const evaluationKeys = {
  scorecard: (circleId: string, profile: Profile) => ['evaluation', circleId, profile] as const,
  equity: (circleId: string) => ['evaluation', circleId, 'equity'] as const,
  coverage: (circleId: string, type: string) => ['evaluation', circleId, 'coverage', type] as const,
  recommendations: (circleId: string, type: string, minutes: number) =>
    ['evaluation', circleId, 'recommendations', type, minutes] as const,
  scenarios: (circleId: string) => ['scenarios', circleId] as const,
  scenarioEvaluation: (sid: string) => ['scenarios', 'evaluation', sid] as const,
  districtScores: (code: string) => ['districts', code, 'scores'] as const,
};

export function useScorecard(circleId: string | undefined, profile: Profile = 'default') {
  return useQuery({
    queryKey: evaluationKeys.scorecard(circleId ?? '', profile),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/circles/{id}/evaluation', {
          params: { path: { id: circleId! }, query: { profile } },
        }),
      ),
    enabled: Boolean(circleId),
    staleTime: 60_000,
  });
}

export function useEquity(circleId: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.equity(circleId ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/circles/{id}/evaluation/equity', { params: { path: { id: circleId! } } })).items,
    enabled: Boolean(circleId),
    staleTime: 60_000,
  });
}

export function useCoverage(circleId: string | undefined, type: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.coverage(circleId ?? '', type ?? ''),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/circles/{id}/coverage', {
          params: { path: { id: circleId! }, query: { type: type! } },
        }),
      ).items,
    enabled: Boolean(circleId && type),
    staleTime: 60_000,
  });
}

/** Siting runs on demand (the button), so the query starts disabled and is fetched by refetch(). */
export function useRecommendations(circleId: string | undefined, type: string | undefined, minutes = 15) {
  return useQuery({
    queryKey: evaluationKeys.recommendations(circleId ?? '', type ?? '', minutes),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/circles/{id}/recommendations', {
          params: { path: { id: circleId! }, query: { type: type!, minutes, count: 5 } },
        }),
      ).items,
    enabled: false,
    staleTime: 5 * 60_000,
  });
}

export function useScenarios(circleId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.scenarios(circleId ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/circles/{id}/scenarios', { params: { path: { id: circleId! } } })).items,
    enabled: Boolean(circleId) && enabled,
  });
}

export function useScenarioEvaluation(sid: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.scenarioEvaluation(sid ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/scenarios/{sid}/evaluation', { params: { path: { sid: sid! } } })),
    enabled: Boolean(sid),
  });
}

interface AcceptInput {
  circleId: string;
  /** The scenario to add to; a new one named `newName` is created when absent. */
  scenarioId: string | undefined;
  newName: string;
  change: ScenarioChange;
}

/** Adds a change to a scenario, creating the scenario first when there is none. */
export function useAddScenarioChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ circleId, scenarioId, newName, change }: AcceptInput) => {
      const sid =
        scenarioId ??
        unwrap(
          await api.POST('/api/v1/circles/{id}/scenarios', {
            params: { path: { id: circleId } },
            body: { name: newName },
          }),
        ).id;
      return unwrap(await api.POST('/api/v1/scenarios/{sid}/changes', { params: { path: { sid } }, body: change }));
    },
    onSuccess: async (scenario) => {
      await client.invalidateQueries({ queryKey: evaluationKeys.scenarios(scenario.circleId) });
      await client.invalidateQueries({ queryKey: evaluationKeys.scenarioEvaluation(scenario.id) });
    },
  });
}

export function useDistrictScores(code: string | undefined) {
  return useQuery({
    queryKey: evaluationKeys.districtScores(code ?? ''),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/districts/{code}/scores', { params: { path: { code: code! } } })).items,
    enabled: Boolean(code),
  });
}

/** Isochrone bands around a point; called imperatively from a map click. */
export async function fetchIsochrone(circleId: string, lon: number, lat: number) {
  return unwrap(
    await api.GET('/api/v1/circles/{id}/isochrone', {
      params: { path: { id: circleId }, query: { lon, lat, minutes: '5,10,15' } },
    }),
  );
}

/** Where the scorecard workbook downloads from (a plain link: the browser saves the file). */
export function evaluationXlsxUrl(circleId: string): string {
  return `/api/v1/circles/${encodeURIComponent(circleId)}/evaluation.xlsx`;
}

import type { ApiInstance } from '../../server/routes.ts'

export function wijzigingRoutes(_api: ApiInstance) {}

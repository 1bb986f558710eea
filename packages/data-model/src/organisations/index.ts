export {
  PRINCIPAL_COUNCILS,
  HEALTH_BOARDS,
  principalCouncil,
  healthBoard,
  councilsOfHealthBoard,
  type PrincipalCouncil,
  type HealthBoard,
  type BilingualName,
} from './organisations.js';

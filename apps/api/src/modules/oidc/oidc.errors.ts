import { DomainError } from '../../common/problem/domain-error';

export const oidcDisabled = () => new DomainError('not_found', 'Login through DigiD is not configured');
export const loginFlowInvalid = (detail: string) => new DomainError('login_flow_invalid', detail);
export const assuranceTooLow = (minimum: string) =>
  new DomainError('assurance_too_low', `This login needs assurance level ${minimum} or higher`);
export const accountNotLinked = () =>
  new DomainError('account_not_linked', 'No Tafel account is linked to this login; use your invitation link');
export const oidcRoleRefused = () => new DomainError('forbidden', 'This account cannot log in through DigiD');
export const brokerUnavailable = () =>
  new DomainError('service_unavailable', 'The login service cannot be reached; try again later');

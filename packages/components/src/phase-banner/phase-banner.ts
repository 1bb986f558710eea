import { CydElement } from '../internal/cyd-element.js';
import { litProperties } from '../internal/props.js';
import { type PhaseBannerProps, phaseBannerDefinition, phaseBannerProps } from './phase-banner.template.js';

/**
 * Tells people the service is new (alpha or beta) and asks for their
 * feedback, under the header.
 *
 * @tag cyd-phase-banner
 */
export class CydPhaseBanner extends CydElement<typeof phaseBannerProps> {
  static override definition = phaseBannerDefinition;
  static override properties = litProperties(phaseBannerProps);
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydPhaseBanner extends PhaseBannerProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-phase-banner': CydPhaseBanner;
  }
}

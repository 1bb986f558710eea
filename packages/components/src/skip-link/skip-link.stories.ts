import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../skip-link/define.js';
import '../button/define.js';

const meta = {
  title: 'Components/Skip link',
  component: 'cyd-skip-link',
  // The story brings its own page landmarks, as a real page would.
  parameters: {
    cydran: { ownLandmarks: true },
    // axe exception for these stories only: a skip link is the first thing on
    // a page, before every landmark, by design (GOV.UK places it the same
    // way); axe's region rule wants all content inside landmarks.
    a11y: { config: { rules: [{ id: 'region', enabled: false }] } },
  },
  // Page content through components, so the Welsh story shows no English.
  render: () => html`<cyd-skip-link></cyd-skip-link>
    <header><cyd-button href="#home" variant="secondary" text="Home" text-cy="Hafan"></cyd-button></header>
    <main id="main-content"><cyd-button text="Continue" text-cy="Parhau"></cyd-button></main>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Hidden until focused: press Tab in the canvas. */
export const Default: Story = {};

/** As a keyboard user sees it after one Tab. */
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement>('.cyd-skip-link')?.focus();
  },
};

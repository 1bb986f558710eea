import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { HEALTH_BOARDS, PRINCIPAL_COUNCILS } from '@cydran/data-model';
import '../autocomplete/define.js';
import '../select/define.js';
import '../text-input/define.js';
import { type StoryArgs, argTypesFor, elementFromArgs } from '../internal/story-args.fixture.js';
import { autocompleteDefinition, autocompleteProps } from './autocomplete.template.js';
import { CydAutocomplete } from './autocomplete.js';

type AutocompleteArgs = StoryArgs<typeof autocompleteProps>;

/** A value for a double-quoted attribute. */
const escapeAttributeValue = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

interface Choice {
  value: string;
  en: string;
  cy: string;
}

const councils: Choice[] = PRINCIPAL_COUNCILS.map((c) => ({ value: c.code, ...c.name }));
const boards: Choice[] = HEALTH_BOARDS.map((b) => ({ value: b.code, ...b.name }));

const option = (choice: Choice) => `<option value="${choice.value}" data-text-cy="${escapeAttributeValue(choice.cy)}">${choice.en}</option>`;

interface Question {
  name: string;
  label: [string, string];
  hint?: [string, string];
  prompt: [string, string];
  choices: Choice[];
  /** Attributes of the <cyd-select> (value, error, disabled…). */
  extra?: string;
}

/** A <cyd-select> with options in both languages: the options show in the toolbar's language. */
function question(q: Question): string {
  const hint = q.hint ? ` hint="${escapeAttributeValue(q.hint[0])}" hint-cy="${escapeAttributeValue(q.hint[1])}"` : '';
  return `<cyd-select name="${q.name}" label="${q.label[0]}" label-cy="${q.label[1]}" label-size="m" is-page-heading${hint} ${q.extra ?? ''}>
    <option value="" data-text-cy="${q.prompt[1]}">${q.prompt[0]}</option>
    ${q.choices.map(option).join('\n    ')}
  </cyd-select>`;
}

const council = (extra = '') =>
  question({
    name: 'council',
    label: ['Choose your council', 'Dewiswch eich cyngor'],
    hint: ['The council for the area where you live', 'Y cyngor ar gyfer yr ardal lle rydych yn byw'],
    prompt: ['Choose a council', 'Dewiswch gyngor'],
    choices: councils,
    extra,
  });

const healthBoard = (extra = '') =>
  question({
    name: 'health-board',
    label: ['Choose your health board', 'Dewiswch eich bwrdd iechyd'],
    prompt: ['Choose a health board', 'Dewiswch fwrdd iechyd'],
    choices: boards,
    extra,
  });

/**
 * Types into the combobox as a person would, once it is there, and shows the
 * state once typing has paused (the count said), so the story is the same
 * each time it opens.
 */
async function typeIn(canvasElement: HTMLElement, text: string): Promise<void> {
  const element = canvasElement.querySelector<CydAutocomplete>('cyd-autocomplete');
  if (!element) return;
  await element.whenEnhanced();
  const input = element.input;
  if (!input) return;
  CydAutocomplete.announceDelay = 0;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

const meta = {
  title: 'Components/Autocomplete',
  component: 'cyd-autocomplete',
  render: (args: AutocompleteArgs) => elementFromArgs(autocompleteDefinition, args, council()),
  args: {},
  argTypes: argTypesFor(autocompleteProps),
} satisfies Meta<AutocompleteArgs>;

export default meta;
type Story = StoryObj<AutocompleteArgs>;

/** The 22 principal councils, by their official names in the toolbar's language. */
export const ChooseYourCouncil: Story = {};

/** The 7 health boards of NHS Wales. */
export const ChooseYourHealthBoard: Story = {
  render: (args) => elementFromArgs(autocompleteDefinition, args, healthBoard()),
};

/** Typing narrows the list: "caer" finds Caerphilly in English, and Caerdydd, Caerffili and Caerfyrddin in Welsh. */
export const Typing: Story = {
  play: async ({ canvasElement }) => typeIn(canvasElement, 'caer'),
};

/** Accents do not matter: "mon" finds Cyngor Sir Ynys Môn. */
export const WithoutAccents: Story = {
  play: async ({ canvasElement }) => typeIn(canvasElement, 'mon'),
};

/** Nothing matches: "No results found" / "Dim canlyniadau". */
export const NoResults: Story = {
  play: async ({ canvasElement }) => typeIn(canvasElement, 'zzz'),
};

/** The first result highlighted as the person types, so Enter chooses it. */
export const Autoselect: Story = {
  args: { autoselect: true },
  render: (args) => elementFromArgs(autocompleteDefinition, args, healthBoard()),
  play: async ({ canvasElement }) => typeIn(canvasElement, 'c'),
};

/** The list over the content below it rather than pushing it down. */
export const OverlayMenu: Story = {
  args: { menu: 'overlay' },
  render: (args) => elementFromArgs(autocompleteDefinition, args, healthBoard()),
  play: async ({ canvasElement }) => typeIn(canvasElement, 'p'),
};

/** Results only from the second character. */
export const MinimumLength: Story = {
  args: { minLength: 2 },
  play: async ({ canvasElement }) => typeIn(canvasElement, 'c'),
};

/** An empty box lists every option, in the select's order, from the Down arrow or a click. */
export const ShowAllValues: Story = {
  args: { showAllValues: true },
  render: (args) => elementFromArgs(autocompleteDefinition, args, healthBoard()),
};

/** An answer already chosen (a server re-showing the page). */
export const Chosen: Story = {
  render: (args) => elementFromArgs(autocompleteDefinition, args, council('value="W06000002"')),
};

/** An error from the server, in the page's language. */
export const WithError: Story = {
  render: (args) =>
    elementFromArgs(
      autocompleteDefinition,
      args,
      council('required error="Select the council for the area where you live" error-cy="Dewiswch y cyngor ar gyfer yr ardal lle rydych yn byw"'),
    ),
};

export const Disabled: Story = {
  render: (args) => elementFromArgs(autocompleteDefinition, args, healthBoard('value="W11000024" disabled')),
};

/**
 * A text input with suggestions from its <datalist>: any answer is allowed
 * (with JavaScript off the browser shows the datalist itself). The towns are
 * each in both languages' spelling where they differ.
 */
export const TextInputWithSuggestions: Story = {
  render: (args) =>
    elementFromArgs(
      autocompleteDefinition,
      args,
      `<cyd-text-input name="town" label="Your town" label-cy="Eich tref" list="towns"></cyd-text-input>
      <datalist id="towns">${['Aberystwyth', 'Bangor', 'Caerdydd', 'Cardiff', 'Llandudno', 'Lydstep', 'Pont-y-pŵl', 'Pontypool']
        .map((town) => `<option value="${town}"></option>`)
        .join('')}</datalist>`,
    ),
  play: async ({ canvasElement }) => typeIn(canvasElement, 'l'),
};

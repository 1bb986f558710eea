// On the server a wrapper writes its props as attributes
// (packages/react/src/internal/server-attributes.ts). Whatever it writes
// must read back, through the components' own attribute reader
// (`propsFromAttributes`, what expandHTML and the elements use), as the
// props that were given: for every prop of every element's spec, each kind
// of value (text in one or both languages, booleans, numbers, JSON, links).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CydElement } from '@cydran/components';
import '@cydran/react';
import { propsFromAttributes, readProps, type PropDef } from '../../packages/components/src/internal/props.js';
import { serverAttributes } from '../../packages/react/src/internal/server-attributes.js';
import { manifestElements } from '../../scripts/generate-react.js';

function isElementClass(value: unknown): value is typeof CydElement {
  return typeof value === 'function' && value.prototype instanceof CydElement;
}

/** Values of a prop's kind as a React developer would give them. */
function samples(prop: string, def: PropDef): unknown[] {
  switch (def.kind) {
    case 'boolean':
      return [true, false];
    case 'number':
      return [7, 0];
    case 'text':
      return [`${prop} in English`, { en: `${prop} in English`, cy: `${prop} yn Gymraeg` }, { cy: `${prop} yn Gymraeg` }];
    case 'json':
      return [def.default ?? [{ value: 'a', text: 'A' }], { nested: { list: [1, 'two'] } }];
    case 'url':
      return ['https://example.gov.wales/apply?step=2'];
    default:
      return def.values ? [...def.values] : ['a value'];
  }
}

/** A value without its undefined members: `{ en: undefined, cy: 'x' }` says what `{ cy: 'x' }` says. */
const meaning = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

const asAttributes = (props: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(props).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

describe('@cydran/react on the server: props written as attributes', () => {
  const elements = manifestElements();

  it('covers every element', () => {
    assert.ok(elements.length >= 40, `${elements.length} elements`);
    for (const { tagName } of elements) assert.ok(isElementClass(customElements.get(tagName)), `<${tagName}> is registered by importing @cydran/react`);
  });

  for (const { tagName, wrapper } of elements) {
    it(`read back as the props given: ${wrapper} (<${tagName}>)`, () => {
      const element = customElements.get(tagName);
      assert.ok(isElementClass(element));
      const spec = element.definition.props;
      for (const [prop, def] of Object.entries(spec)) {
        for (const value of samples(prop, def)) {
          const written = serverAttributes(wrapper, spec, { [prop]: value }, new Set());
          const read = propsFromAttributes(spec, asAttributes(written));
          const given = readProps(spec, { [prop]: value });
          assert.deepEqual(meaning(read[prop]), meaning(given[prop]), `${prop} = ${JSON.stringify(value)} → ${JSON.stringify(written)}`);
        }
      }
    });
  }

  it('leaves out event handlers and passes React’s own props through', () => {
    const element = customElements.get('cyd-text-input');
    assert.ok(isElementClass(element));
    const written = serverAttributes(
      'TextInput',
      element.definition.props,
      { onInput: () => {}, id: 'x', lang: 'cy', 'data-step': '2', label: undefined },
      new Set(['onInput']),
    );
    assert.deepEqual(written, { id: 'x', lang: 'cy', 'data-step': '2' });
  });

  it('names the wrapper, the prop and the fix for a value of the wrong kind', () => {
    const element = customElements.get('cyd-text-input');
    assert.ok(isElementClass(element));
    const spec = element.definition.props;
    assert.throws(() => serverAttributes('TextInput', spec, { required: 'yes' }, new Set()), {
      message: '@cydran/react TextInput: required is a string; give true or false (it is written as the required attribute for server rendering).',
    });
    assert.throws(() => serverAttributes('TextInput', spec, { maxlength: Number.NaN }, new Set()), /TextInput: maxlength is a number; give a number/);
  });
});

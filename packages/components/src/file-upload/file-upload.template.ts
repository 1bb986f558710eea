import { html, nothing } from 'lit';
import { DEV_MODE } from '../internal/dev-mode.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type Locale, formatList } from '@cydran/i18n';
import { defineComponent } from '../internal/definition.js';
import { controlIdOf, describedBy, fieldProblems, fieldTemplate, fieldWiring } from '../internal/field.js';
import { fieldProps } from '../internal/field.js';
import type { Props, PropSpec } from '../internal/props.js';
import { fileUploadMessages } from './file-upload.messages.js';

export const fileUploadProps = {
  ...fieldProps,
  /**
   * The file types allowed, as for a native input: `.pdf,.jpg,image/png`.
   * Given to the browser's chooser, and checked by us too (a dropped file
   * skips the chooser), with our message naming the types.
   */
  accept: { kind: 'string' },
  /** The largest file allowed, in bytes; the message shows it as "2 MB". */
  maxSize: { kind: 'number' },
  multiple: { kind: 'boolean' },
} as const satisfies PropSpec;

export type FileUploadProps = Props<typeof fileUploadProps>;

/**
 * What only the browser knows, given to the template by the element. The
 * server gives none of it: with JavaScript off the native input shows, with
 * the browser's own button and text.
 */
export interface FileUploadState {
  enhanced?: boolean;
  /** Names of the files chosen now. */
  fileNames?: string[];
  /** A file is being dragged over the drop zone. */
  dragging?: boolean;
}

export const statusId = (id: string) => `${id}-status`;

/** Sizes as people read them: "512 bytes", "1.5 KB", "2 MB" (1 KB = 1024 bytes, as operating systems show). */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < 1024) return fileUploadMessages[locale].bytes(bytes);
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  // Welsh writes numbers as British English does; a fixed locale keeps the
  // result the same in every browser (Chromium has no Welsh number data).
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(value)} ${units[unit]}`;
}

/** The `accept` attribute as a list of tokens: `.pdf`, `image/png`, `image/*`. */
export function acceptTokens(accept: string | undefined): string[] {
  return (accept ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether a file matches `accept`, by extension or by MIME type, as the browser's chooser decides. */
export function fileMatchesAccept(file: { name: string; type: string }, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

/** The accepted types named for people: "PDF or JPG" / "PDF neu JPG". */
export function acceptedTypesText(accept: string | undefined, locale: Locale): string {
  const m = fileUploadMessages[locale];
  const families: Record<string, string> = { 'image/*': m.anyImage, 'audio/*': m.anyAudio, 'video/*': m.anyVideo };
  const names = acceptTokens(accept).map((token) => {
    if (token.startsWith('.')) return token.slice(1).toUpperCase();
    if (families[token]) return families[token];
    return (token.split('/')[1] ?? token).replace(/^x-/, '').toUpperCase();
  });
  return formatList([...new Set(names)], locale, 'disjunction');
}

export const fileUploadDefinition = defineComponent({
  tag: 'cyd-file-upload',
  props: fileUploadProps,
  template(p: FileUploadProps & FileUploadState, locale) {
    const id = controlIdOf(p);
    const m = fileUploadMessages[locale];
    const f = fieldWiring(p, locale);
    const enhanced = p.enhanced === true;
    const input = html`<input
      class="cyd-file-upload__input${f.error ? ' cyd-file-upload__input--error' : ''}"
      id=${id}
      name=${ifDefined(p.name)}
      type="file"
      accept=${ifDefined(p.accept)}
      ?multiple=${p.multiple}
      ?required=${p.required}
      ?disabled=${p.disabled}
      aria-describedby=${describedBy(f, enhanced && statusId(id))}
      aria-invalid=${f.error ? 'true' : nothing}
    />`;
    if (!enhanced) return fieldTemplate(f, input, 'cyd-file-upload');
    const names = p.fileNames ?? [];
    const status = names.length === 0 ? m.noFileChosen : names.length === 1 ? names[0]! : m.filesChosen(names.length);
    // The native input covers the whole zone, invisible: it stays the
    // focusable, labelled control (the error summary links to it, and a
    // click anywhere opens the chooser). What shows is ours, in our language.
    return fieldTemplate(
      f,
      html`<div class="cyd-file-upload__dropzone${p.dragging ? ' cyd-file-upload__dropzone--dragging' : ''}${p.disabled ? ' cyd-file-upload__dropzone--disabled' : ''}">
        ${input}
        <span class="cyd-file-upload__button" aria-hidden="true">${p.multiple ? m.chooseFiles : m.chooseFile}</span>
        <span class="cyd-file-upload__status${names.length ? ' cyd-file-upload__status--chosen' : ''}" id=${statusId(id)} aria-live="polite">${status}</span>
        <span class="cyd-file-upload__instruction" aria-hidden="true">${p.multiple ? m.dropFiles : m.dropFile}</span>
      </div>`,
      'cyd-file-upload cyd-file-upload--enhanced',
    );
  },
  // Developer checks: in development builds only (docs/adr/0009-development-build-checks.md).
  problems: DEV_MODE
    ? (p) => {
        const problems = fieldProblems('cyd-file-upload', p);
        if (p.maxSize !== undefined && !(p.maxSize > 0)) {
          problems.push(`<cyd-file-upload>: max-size="${p.maxSize}" is a size in bytes; give a positive number, e.g. max-size="2097152" for 2 MB.`);
        }
        return problems;
      }
    : undefined,
});

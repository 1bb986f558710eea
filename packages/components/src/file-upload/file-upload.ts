import type { PropertyValues } from 'lit';
import { reportDeveloperErrors } from '../internal/developer-errors.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import type { Locale } from '@cydran/i18n';
import { type ControlElement, FormControl, type Problem, type ValidityReason } from '../internal/form-control.js';
import { formMessages } from '../internal/messages.js';
import { litProperties } from '../internal/props.js';
import { fileUploadMessages } from './file-upload.messages.js';
import {
  type FileUploadProps,
  type FileUploadState,
  acceptTokens,
  acceptedTypesText,
  fileMatchesAccept,
  fileUploadDefinition,
  fileUploadProps,
  formatFileSize,
} from './file-upload.template.js';

/**
 * A file upload: a native `<input type="file">` that works with JavaScript
 * off, enhanced with a drop zone and the chosen file's name in the page's
 * language. Type and size are checked with our messages before the form
 * submits (the server must check again: a browser can be bypassed).
 *
 * @tag cyd-file-upload
 */
export class CydFileUpload extends FormControl<typeof fileUploadProps> {
  static override definition = fileUploadDefinition;
  static override properties = litProperties(fileUploadProps);

  // Its browser render differs from the server's: the drop zone and file list exist only with JavaScript.
  protected override adoptsServerMarkup(): boolean {
    return false;
  }

  #dragging = false;

  /** The files chosen now. */
  get files(): File[] {
    const input = this.controls[0];
    return input instanceof HTMLInputElement && input.files ? [...input.files] : [];
  }

  /** Like a native file input's: the chosen file's name (with a fake path); only '' may be set, which clears it. */
  override get value(): string {
    return super.value;
  }
  override set value(value: string) {
    if (value === '') super.value = '';
    else if (DEV_MODE)
      reportDeveloperErrors(this, [
        '<cyd-file-upload>: value can only be set to "" (to clear the choice); browsers do not let a page choose files. Use setFiles() with File objects.',
      ]);
  }

  /** Sets the chosen files (as a drop does), firing `input` and `change` like a person's choice. */
  setFiles(files: Iterable<File>): void {
    const input = this.controls[0];
    if (!(input instanceof HTMLInputElement)) return;
    const transfer = new DataTransfer();
    for (const file of files) {
      transfer.items.add(file);
      if (!this.multiple) break;
    }
    input.files = transfer.files;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override renderProps(): FileUploadProps & FileUploadState {
    return { ...super.renderProps(), enhanced: true, fileNames: this.files.map((f) => f.name), dragging: this.#dragging };
  }

  protected override customProblem(): Problem | null {
    const input = this.controls[0];
    if (!input || input.matches(':disabled')) return super.customProblem();
    const tokens = acceptTokens(this.props.accept);
    for (const file of this.files) {
      let reason: ValidityReason | null = null;
      if (file.size === 0) reason = 'fileEmpty';
      else if (!fileMatchesAccept(file, tokens)) reason = 'fileType';
      else if (this.props.maxSize && file.size > this.props.maxSize) reason = 'fileTooLarge';
      if (reason) return { reason, target: input };
    }
    return super.customProblem();
  }

  protected override defaultMessage(reason: ValidityReason, locale: Locale, control?: ControlElement): string {
    const m = fileUploadMessages[locale];
    switch (reason) {
      case 'valueMissing':
        return formMessages[locale].valueMissingFile;
      case 'fileEmpty':
        return m.fileEmpty;
      case 'fileType':
        return m.fileType(acceptedTypesText(this.props.accept, locale));
      case 'fileTooLarge':
        return m.fileTooLarge(formatFileSize(this.props.maxSize ?? 0, locale));
      default:
        return super.defaultMessage(reason, locale, control);
    }
  }

  #setDragging(dragging: boolean): void {
    if (dragging === this.#dragging) return;
    this.#dragging = dragging;
    this.requestUpdate();
  }

  #inDropZone(event: Event): boolean {
    const zone = (event.target as Element | null)?.closest?.('.cyd-file-upload__dropzone');
    return !!zone && this.contains(zone) && !this.controls[0]?.matches(':disabled');
  }

  readonly #onDragOver = (event: DragEvent): void => {
    if (!this.#inDropZone(event) || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault(); // allows the drop
    event.dataTransfer.dropEffect = 'copy';
    this.#setDragging(true);
  };
  readonly #onDragLeave = (event: DragEvent): void => {
    const to = event.relatedTarget as Node | null;
    const zone = this.querySelector('.cyd-file-upload__dropzone');
    if (!to || !zone?.contains(to)) this.#setDragging(false);
  };
  readonly #onDrop = (event: DragEvent): void => {
    this.#setDragging(false);
    if (!this.#inDropZone(event) || !event.dataTransfer?.files.length) return;
    // Our handling, not the browser's: it would open a dropped file that
    // misses the input, and ignores `multiple` and `accept` for one that hits.
    event.preventDefault();
    this.setFiles(event.dataTransfer.files);
  };
  readonly #onChange = (): void => {
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('dragenter', this.#onDragOver);
    this.addEventListener('dragover', this.#onDragOver);
    this.addEventListener('dragleave', this.#onDragLeave);
    this.addEventListener('drop', this.#onDrop);
    this.addEventListener('change', this.#onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('dragenter', this.#onDragOver);
    this.removeEventListener('dragover', this.#onDragOver);
    this.removeEventListener('dragleave', this.#onDragLeave);
    this.removeEventListener('drop', this.#onDrop);
    this.removeEventListener('change', this.#onChange);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Files chosen before the script loaded are put back after this first
    // render, which showed "No file chosen": show their names.
    if (this.files.length > 0) void this.updateComplete.then(() => this.requestUpdate());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const form = this.form;
    // The attribute, not form.enctype: a field named "enctype" would shadow the property.
    if (DEV_MODE && form && Element.prototype.getAttribute.call(form, 'enctype') !== 'multipart/form-data') {
      reportDeveloperErrors(this, [
        `<cyd-file-upload${this.name ? ` name="${this.name}"` : ''}> is in a <form> without enctype="multipart/form-data", so only the file's name is sent, not the file. Add method="post" enctype="multipart/form-data" to the <form>.`,
      ]);
    }
  }
}

// The properties Lit creates from the spec, typed for TypeScript users.
export interface CydFileUpload extends FileUploadProps {}

declare global {
  interface HTMLElementTagNameMap {
    'cyd-file-upload': CydFileUpload;
  }
}

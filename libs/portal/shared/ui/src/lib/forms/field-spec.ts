/** One option of a select field. */
export interface FieldOption {
  readonly value: unknown;
  /** A catalogue key in a spec's `options`; the text itself in `sm-form-field [options]`. */
  readonly label: string;
}

/**
 * One field of a form as data, drawn by `<sm-form-field [spec]="…" [group]="…">`: the control it
 * edits, its element id, its texts as catalogue keys, and what the control needs. A run of
 * similar fields becomes a list of these and one `@for`.
 */
export interface FieldSpec {
  /** The control's name (or dotted path) in the group. */
  readonly control: string;
  /** The control's element id (after the field's `idPrefix`, before its row `index`). */
  readonly id: string;
  /** An input unless told. */
  readonly kind?:
    | 'text'
    | 'textarea'
    | 'number'
    | 'date'
    | 'datetime'
    | 'select';
  /** Catalogue key of the label. */
  readonly label: string;
  /** Shows the required mark (validation itself is the control's). */
  readonly required?: boolean;
  /** Catalogue key of the placeholder. */
  readonly placeholder?: string;
  /** A placeholder shown as it is (an example value). */
  readonly example?: string;
  /** Catalogue key of a hint under the control. */
  readonly hint?: string;
  /** Catalogue keys of the messages by validation error key, in order of precedence. */
  readonly messages?: Readonly<Record<string, string>>;
  /** Catalogue key of the required message; it gets the label as `label`. */
  readonly requiredMessage?: string;
  /** Catalogue key of the message for any other error, with `max` and the `label` as params. */
  readonly fallback?: string;
  readonly testid?: string;
  /** data-testid of the message element. */
  readonly errorTestid?: string;
  /** An input's type (email, password, tel, …). */
  readonly type?: string;
  readonly inputmode?: 'numeric' | 'tel';
  readonly autocomplete?: string;
  /** An icon before an input (mail, lock, user, …). */
  readonly icon?: string;
  /** A text after the icon (the country code of a phone number). */
  readonly prefixText?: string;
  /** Off for codes (USCC). */
  readonly spellcheck?: boolean;
  readonly maxlength?: number | null;
  /** A textarea's rows (3 unless told). */
  readonly rows?: number;
  /** A number's bounds; a multiple select's most values. */
  readonly min?: number;
  readonly max?: number;
  /** A number's step and decimals (1 and 0 unless told). */
  readonly step?: number;
  readonly precision?: number;
  /** A select's options with catalogue-key labels (else `sm-form-field [options]`). */
  readonly options?: readonly FieldOption[];
  /** A select that takes several values (at most `max`). */
  readonly multiple?: boolean;
  /** A select that filters its options by what is typed. */
  readonly search?: boolean;
  /** A select with a clear button (back to no value). */
  readonly clearable?: boolean;
  /** Grid columns (of 24) in an `sm-field-list` row whose fields all have one (or `md`). */
  readonly span?: number;
  /** Grid columns (of 24) from medium screens up, the full width below (`sm-field-list`). */
  readonly md?: number;
}

/** Options whose value is their label (names from the taxonomy). */
export function namedOptions(
  names: readonly (string | { name: string })[],
): FieldOption[] {
  return names.map((n) => {
    const name = typeof n === 'string' ? n : n.name;
    return { value: name, label: name };
  });
}

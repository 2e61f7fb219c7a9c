// A labelled <select> over a list of choices: the filter bars, the desk's bulk changes and "Group by" use it.

export interface SelectChoice<T extends string = string> {
  value: T;
  label: string;
}

export interface SelectProps<T extends string> {
  value: T;
  choices: readonly SelectChoice<T>[];
  onChange: (value: T) => void;
  /** The accessible name, when no <label> around the select names it. */
  label?: string;
  disabled?: boolean;
  /** The field a dialog focuses first (Dialog looks for data-autofocus). */
  autofocus?: boolean;
}

/** One option per choice, in order; the value passed to `onChange` is always one of the choices'. */
export function Select<T extends string>({ value, choices, onChange, label, disabled, autofocus }: SelectProps<T>) {
  return (
    <select
      className="select"
      value={value}
      onChange={(e) => onChange(e.target.value as T)}
      aria-label={label}
      disabled={disabled}
      data-autofocus={autofocus || undefined}
    >
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** Choices whose value is the label (people's names). */
export function namesAsChoices(names: readonly string[]): SelectChoice[] {
  return names.map((name) => ({ value: name, label: name }));
}

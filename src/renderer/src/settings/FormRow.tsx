import type { ReactNode } from 'react'

/** A labelled settings field with its validation message underneath. */
export function FormRow({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <label className={`bx-form-row bx-settings-row${error ? ' bx-invalid' : ''}`}>
      <span className="bx-form-label">{label}</span>
      <span className="bx-form-control">
        {children}
        {error ? (
          <span className="bx-field-error" role="alert">
            {error}
          </span>
        ) : null}
      </span>
    </label>
  )
}

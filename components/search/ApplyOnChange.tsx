"use client";

import { useEffect } from "react";

/** How long a date field must stay unchanged before the form applies it: typing "2026" changes it four times. */
const DATE_SETTLE_MS = 700;

/**
 * Applies the story list's filters as soon as one changes (a select, a checkbox, a finished date), so nobody
 * has to find the Search button. Without JavaScript the form still works: the button submits it.
 */
export function ApplyOnChange({ formId }: { formId: string }) {
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const submit = () => {
      clearTimeout(timer);
      form.requestSubmit();
    };
    const onChange = (event: Event) => {
      const target = event.target;
      if (target instanceof HTMLSelectElement) submit();
      else if (target instanceof HTMLInputElement && target.type === "checkbox") submit();
      else if (target instanceof HTMLInputElement && target.type === "date") {
        clearTimeout(timer);
        // An empty field (cleared) applies too; a year still being typed ("0202") does not.
        const year = Number(target.value.slice(0, 4));
        if (target.value === "" || (target.validity.valid && year >= 1900))
          timer = setTimeout(submit, DATE_SETTLE_MS);
      }
    };
    form.addEventListener("change", onChange);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", onChange);
    };
  }, [formId]);
  return null;
}

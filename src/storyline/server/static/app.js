// The only script of the workspace: the as-of date applies as soon as it changes.
document.addEventListener("DOMContentLoaded", () => {
  const asOf = document.getElementById("as-of");
  if (asOf) asOf.addEventListener("change", () => asOf.form.submit());
});

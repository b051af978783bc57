// The test page: every answer is saved through the API as it is given (the last save counts,
// a failed one is retried), the server's time left counts down, and when it reaches zero the
// page reloads: the server has submitted the test with what was saved. Without this script the
// page still works: "Save answers" posts them all.
document.addEventListener("DOMContentLoaded", () => {
  const test = document.querySelector(".platform-test");
  if (!test) return;
  const form = test.querySelector("form");
  const token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  const announce = test.querySelector("[data-announce]");
  const remainingLabel = test.querySelector("[data-remaining]");
  const answeredCount = test.querySelector("[data-answered-count]");
  const endsAt = performance.now() + Number(test.dataset.remainingSeconds) * 1000;
  const pending = new Map(); // question id → options not yet saved
  let closed = false;

  const chosen = (fieldset) =>
    Array.from(fieldset.querySelectorAll("input:checked")).map((input) => input.value);

  const close = (message) => {
    if (closed) return;
    closed = true;
    for (const input of form.querySelectorAll("input, button")) input.disabled = true;
    announce.textContent = message;
    setTimeout(() => location.reload(), 1500);
  };

  const save = async (question, options) => {
    const fieldset = form.querySelector(`fieldset[data-question="${question}"]`);
    const state = fieldset.querySelector("[data-state]");
    try {
      const response = await fetch(test.dataset.saveUrl + question, {
        method: "PUT",
        headers: { "Content-Type": "application/json", "X-CSRFToken": token },
        body: JSON.stringify({ options }),
        credentials: "same-origin",
      });
      if (response.status === 409) return close(test.dataset.closedText);
      if (!response.ok) throw new Error(String(response.status));
      if (pending.get(question) === options) pending.delete(question);
      state.textContent = test.dataset.savedText;
      state.dataset.saved = "true";
      fieldset.dataset.answered = "true";
      answeredCount.textContent = String(form.querySelectorAll("fieldset[data-answered=true]").length);
    } catch {
      state.textContent = test.dataset.failedText;
      state.dataset.saved = "false";
    }
  };

  for (const fieldset of form.querySelectorAll("fieldset[data-question]")) {
    if (fieldset.querySelector("input:checked")) fieldset.dataset.answered = "true";
    fieldset.addEventListener("change", () => {
      const options = chosen(fieldset);
      pending.set(fieldset.dataset.question, options);
      save(fieldset.dataset.question, options);
    });
  }
  // A save that failed (the connection dropped) is tried again until it goes through.
  setInterval(() => {
    for (const [question, options] of pending) save(question, options);
  }, 5000);

  const confirmButton = form.querySelector("button[data-confirm]");
  confirmButton?.addEventListener("click", (event) => {
    if (!window.confirm(confirmButton.dataset.confirm)) event.preventDefault();
  });

  const spoken = new Set();
  const tick = () => {
    const left = Math.max(0, Math.round((endsAt - performance.now()) / 1000));
    const minutes = Math.floor(left / 60);
    const seconds = String(left % 60).padStart(2, "0");
    remainingLabel.textContent = `${minutes}:${seconds}`;
    for (const mark of [300, 60]) {
      if (left <= mark && !spoken.has(mark)) {
        spoken.add(mark);
        announce.textContent = remainingLabel.closest("span").textContent;
      }
    }
    if (left === 0) return close(test.dataset.closedText);
    setTimeout(tick, 1000);
  };
  tick();
});

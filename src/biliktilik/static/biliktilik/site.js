// The site menu, from a file because the Content-Security-Policy allows no inline script.
// Without this script the menu stays unfolded (the CSS folds it only under html.js).
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector("header.top .menu-toggle");
  const menu = document.getElementById("site-menu");
  if (!toggle || !menu) return;
  const groups = Array.from(menu.querySelectorAll("details.group"));

  // The section one is in: its link and its group are marked (the longest matching path wins).
  let current = null;
  for (const link of menu.querySelectorAll("nav a[href^='/']")) {
    const path = new URL(link.href).pathname;
    const inside = path === "/" ? location.pathname === "/" : location.pathname.startsWith(path);
    if (inside && (!current || path.length > new URL(current.href).pathname.length)) current = link;
  }
  if (current) {
    current.setAttribute("aria-current", "page");
    current.closest("details.group")?.classList.add("current");
  }

  const setOpen = (open) => {
    menu.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  };
  toggle.addEventListener("click", () => setOpen(!menu.classList.contains("open")));

  // On a wide screen a group is a drop-down: one open at a time, closed by a click elsewhere or Esc.
  for (const group of groups) {
    group.addEventListener("toggle", () => {
      if (group.open) for (const other of groups) if (other !== group) other.open = false;
    });
  }
  const closeGroups = () => {
    for (const group of groups) group.open = false;
  };
  document.addEventListener("click", (event) => {
    if (!event.target.closest("details.group")) closeGroups();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const open = groups.find((group) => group.open);
    closeGroups();
    if (open) open.querySelector("summary").focus();
    else if (menu.classList.contains("open")) {
      setOpen(false);
      toggle.focus();
    }
  });
});

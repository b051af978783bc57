"""The administrator's pages to manage accounts, and the page shown when sign-in is locked.

Views parse, call a selector or service, render. Every write is a service call that records its
audit entry; a refusal is shown next to the field it names (``biliktilik.forms.refused``), a
permission denial is a 403 page and an unknown account a 404 (``biliktilik.config.errors``).
"""

from __future__ import annotations

from functools import partial

from axes.helpers import get_cool_off
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext, ngettext
from django.views.decorators.http import require_POST

from biliktilik.errors import InvalidInput
from biliktilik.forms import refused

from . import selectors, services
from .errors import AccountPermissionDenied
from .forms import AccountCreateForm, AccountScopeForm, SignInForm, TokenCreateForm
from .models import Role
from .permissions import profile_of, role_of

# The services name the model's fields; the forms name what the administrator types.
FORM_FIELD = {"employee": "employee_iin", "expires_at": "expires_on"}


def _language() -> str:
    return (get_language() or "kk")[:2]


def _administrator(request: HttpRequest) -> None:
    if role_of(request.user) != Role.ADMINISTRATOR:
        raise AccountPermissionDenied()


def _account(request: HttpRequest, user_id: int):
    _administrator(request)
    return selectors.account_get(viewer=request.user, user_id=user_id)


def _role(user) -> Role | None:
    role = role_of(user)
    return Role(role) if role else None


def _scope_initial(user) -> dict:
    profile = profile_of(user)
    return {
        "role": role_of(user),
        "organization": profile.organization_id if profile else None,
        "employee_iin": profile.employee.iin if profile and profile.employee_id else "",
    }


def _account_page(request, user, *, scope_form=None, token_form=None, raw_token=None, status=200):
    context = {
        "account": user,
        "profile": profile_of(user),
        "account_role": _role(user),
        "scope_form": scope_form or AccountScopeForm(initial=_scope_initial(user), language=_language()),
        "token_form": token_form or TokenCreateForm(),
        "tokens": selectors.api_token_list(viewer=request.user, user=user),
        "raw_token": raw_token,
        "now": timezone.now(),
    }
    return render(request, "accounts/manage_account.html", context, status=status)


@login_required
def manage_list(request: HttpRequest) -> HttpResponse:
    _administrator(request)
    accounts = selectors.account_list(viewer=request.user)
    rows = [{"user": user, "profile": profile_of(user), "role": _role(user)} for user in accounts]
    return render(request, "accounts/manage_list.html", {"rows": rows})


@login_required
def manage_new(request: HttpRequest) -> HttpResponse:
    _administrator(request)
    form = AccountCreateForm(request.POST or None, language=_language())
    if request.method == "POST" and form.is_valid():
        user = refused(
            form,
            partial(
                services.user_create,
                actor=request.user,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
                **form.scope(),
            ),
            fields=FORM_FIELD,
        )
        if user is not None:
            text = gettext("The account “%(username)s” was created.") % {"username": user.get_username()}
            messages.success(request, text)
            return redirect("accounts:manage_account", user_id=user.pk)
    return render(request, "accounts/manage_new.html", {"form": form}, status=422 if form.errors else 200)


@login_required
def manage_account(request: HttpRequest, user_id: int) -> HttpResponse:
    user = _account(request, user_id)
    if request.method != "POST":
        return _account_page(request, user)
    form = AccountScopeForm(request.POST, language=_language())
    if form.is_valid():
        update = partial(services.user_update, actor=request.user, user_id=user.pk, **form.scope())
        if refused(form, update, fields=FORM_FIELD) is not None:
            messages.success(request, gettext("The account's role and scope were saved."))
            return redirect("accounts:manage_account", user_id=user.pk)
    return _account_page(request, user, scope_form=form, status=422)


@require_POST
@login_required
def manage_active(request: HttpRequest, user_id: int) -> HttpResponse:
    user = _account(request, user_id)
    active = request.POST.get("active") == "1"
    try:
        services.user_set_active(actor=request.user, user_id=user.pk, active=active)
    except InvalidInput as exc:  # no form to put it on: said at the top of the account's page
        messages.error(request, exc.text())
    else:
        if active:
            messages.success(request, gettext("The account was reactivated: it may sign in again."))
        else:
            messages.success(
                request, gettext("The account was deactivated: its sessions and API tokens no longer work.")
            )
    return redirect("accounts:manage_account", user_id=user.pk)


@require_POST
@login_required
def manage_token_create(request: HttpRequest, user_id: int) -> HttpResponse:
    """The new token is shown on this response only: it is never stored, so never shown again."""
    user = _account(request, user_id)
    form = TokenCreateForm(request.POST)
    if form.is_valid():
        raw = refused(
            form,
            partial(
                services.api_token_create,
                actor=request.user,
                user=user,
                name=form.cleaned_data["name"],
                expires_at=form.expires_at(),
            ),
            fields=FORM_FIELD,
        )
        if raw is not None:
            return _account_page(request, user, raw_token=raw)
    return _account_page(request, user, token_form=form, status=422)


@require_POST
@login_required
def manage_token_revoke(request: HttpRequest, user_id: int, token_id: int) -> HttpResponse:
    user = _account(request, user_id)
    token = services.api_token_revoke(actor=request.user, user_id=user.pk, token_id=token_id)
    messages.success(request, gettext("The token “%(name)s” was revoked.") % {"name": token.name})
    return redirect("accounts:manage_account", user_id=user.pk)


def locked_out(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """The sign-in page, saying that sign-in is locked for a while (django-axes calls this)."""
    minutes = round(get_cool_off(request).total_seconds() / 60)
    text = ngettext(
        "Too many unsuccessful sign-ins to this account from your address. Sign-in is locked for "
        "%(minutes)s minute; try again later.",
        "Too many unsuccessful sign-ins to this account from your address. Sign-in is locked for "
        "%(minutes)s minutes; try again later.",
        minutes,
    ) % {"minutes": minutes}
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    form = SignInForm(request, initial={"username": username})
    context = {"form": form, "locked": text, "next": request.POST.get("next", "")}
    return render(request, "accounts/login.html", context, status=429)

"""The HR officer's pages of the Platform: campaigns of their subtree, the list of attestees in
the shape of Appendix 1 with admission (p.14), who is due, the XLSX export and the dashboard.
Parse, call the service (the API's), render."""

from __future__ import annotations

from functools import partial

from csp.decorators import csp_update
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from biliktilik import charts
from biliktilik.forms import refused
from biliktilik.staff.scoping import can_write_in

from . import forms, selectors_campaigns, services_campaigns, workbooks
from .errors import PlatformPermissionDenied

NUMBERS = (
    ("admitted", gettext_lazy("admitted to testing")),
    ("started", gettext_lazy("started the test")),
    ("finished", gettext_lazy("finished the test")),
    ("passed", gettext_lazy("passed the test")),
    ("appeals_open", gettext_lazy("appeals open")),
    ("assessments_due", gettext_lazy("assessments due")),
    ("decisions_confirmed", gettext_lazy("decisions confirmed")),
)


def _language() -> str:
    return (get_language() or "kk")[:2]


def _require_page(request: HttpRequest) -> None:
    if not selectors_campaigns.may_see_campaigns(request.user):
        raise PlatformPermissionDenied()


@login_required
def campaign_list(request: HttpRequest) -> HttpResponse:
    _require_page(request)
    campaigns = selectors_campaigns.page_campaigns(request.user)
    may_create = bool(forms.CampaignForm(viewer=request.user, language=_language()).organizations)
    return render(
        request, "attestation/campaign_list.html", {"campaigns": campaigns, "may_create": may_create}
    )


@login_required
def campaign_new(request: HttpRequest) -> HttpResponse:
    _require_page(request)
    form = forms.CampaignForm(request.POST or None, viewer=request.user, language=_language())
    if not form.organizations:
        raise PlatformPermissionDenied(_("Only an HR officer of this organization runs its campaigns."))
    if form.is_valid():
        campaign = refused(
            form, partial(services_campaigns.campaign_create, actor=request.user, **form.service_fields())
        )
        if campaign is not None:
            messages.success(request, _("The campaign was created; add its attestees."))
            return redirect("attestation:campaign", campaign.pk)
    return render(request, "attestation/campaign_form.html", {"form": form})


def _attestee_form(request, campaign, data=None):
    employees = selectors_campaigns.addable_employees(request.user, campaign)
    return forms.AttesteeForm(data, employees=employees, language=_language(), prefix="add")


@login_required
def campaign_page(request: HttpRequest, campaign_id: int) -> HttpResponse:
    campaign = selectors_campaigns.page_campaign(request.user, campaign_id)
    may_write = can_write_in(request.user, campaign.organization)
    form = _attestee_form(request, campaign, request.POST or None) if may_write else None
    if request.method == "POST":
        if not may_write:
            raise PlatformPermissionDenied(_("Only an HR officer of this organization runs its campaigns."))
        if form.is_valid():
            entry = refused(
                form,
                partial(
                    services_campaigns.attestee_add,
                    actor=request.user,
                    campaign=campaign,
                    **form.service_fields(),
                ),
            )
            if entry is not None:
                messages.success(request, _("The employee was added to the list."))
                return redirect("attestation:campaign", campaign.pk)
    thresholds, gap = selectors_campaigns.thresholds(campaign)
    context = {
        "campaign": campaign,
        "rows": selectors_campaigns.list_rows(campaign, _language()),
        "thresholds": thresholds,
        "thresholds_gap": gap,
        "due": selectors_campaigns.due(campaign, on=timezone.localdate()),
        "form": form,
        "may_write": may_write,
        "topics": _topic_titles(campaign),
    }
    return render(request, "attestation/campaign_page.html", context)


def _topic_titles(campaign) -> list[str]:
    titles = dict(forms.topic_choices(_language()))
    return [titles.get(t, t) for t in campaign.tags]


@login_required
def campaign_export(request: HttpRequest, campaign_id: int) -> HttpResponse:
    campaign = selectors_campaigns.page_campaign(request.user, campaign_id)
    content = workbooks.attestee_list(campaign, _language(), viewer=request.user)
    response = HttpResponse(content, content_type=workbooks.XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="campaign-{campaign.pk}.xlsx"'
    return response


@login_required
def campaign_dashboard(request: HttpRequest, campaign_id: int) -> HttpResponse:
    campaign = selectors_campaigns.page_campaign(request.user, campaign_id)
    numbers = selectors_campaigns.numbers(campaign)
    rows = [(str(label), numbers[key]) for key, label in NUMBERS]
    context = {"campaign": campaign, "rows": rows, "numbers": numbers}
    return render(request, "attestation/campaign_dashboard.html", context)


@csp_update(charts.CHART_CSP)
@login_required
def campaign_chart(request: HttpRequest, campaign_id: int) -> HttpResponse:
    campaign = selectors_campaigns.page_campaign(request.user, campaign_id)
    numbers = selectors_campaigns.numbers(campaign)
    svg = charts.horizontal_bar_chart(
        title=_("The campaign in numbers"),
        labels=[str(label) for _key, label in NUMBERS],
        values=[numbers[key] for key, _label in NUMBERS],
    )
    return charts.svg_response(svg, max_age=60)

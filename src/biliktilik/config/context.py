from django.conf import settings

from biliktilik.accounts.models import Role
from biliktilik.accounts.permissions import role_of
from biliktilik.attestation.permissions import may_read_bank
from biliktilik.attestation.selectors_campaigns import may_see_campaigns
from biliktilik.cases.selectors_pages import sees_dashboard, works_cases
from biliktilik.simulations.services import may_simulate
from biliktilik.staff.selectors import may_import


def site(request):
    """Values every page needs: the languages offered and the current path for the switch."""
    return {
        "LANGUAGES_OFFERED": settings.LANGUAGES,
        "current_path": request.get_full_path(),
        "is_administrator": lambda: role_of(request.user) == Role.ADMINISTRATOR,
        "may_import": lambda: may_import(viewer=request.user),
        "is_employee": lambda: role_of(request.user) == Role.EMPLOYEE,
        "may_see_campaigns": lambda: may_see_campaigns(request.user),
        "may_read_bank": lambda: may_read_bank(request.user),
        "works_cases": lambda: works_cases(request.user),
        "sees_case_dashboard": lambda: sees_dashboard(request.user),
        "may_simulate": lambda: may_simulate(request.user),
    }

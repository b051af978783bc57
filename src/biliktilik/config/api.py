"""The public API with every app's router mounted (``docs/api.md``). Here, not in
``biliktilik.api``, because the apps' routers use ``biliktilik.api`` (types, errors): mounting
them there would make each app and the API import each other."""

from biliktilik.api.app import api
from biliktilik.attestation.api import router as attestation_router
from biliktilik.calculators.api import router as rules_router
from biliktilik.calendar_app.api import router as calendar_router
from biliktilik.cases.api import router as cases_router
from biliktilik.catalog.api import router as catalog_router
from biliktilik.simulations.api import router as simulations_router
from biliktilik.staff.api import router as staff_router

api.add_router("", catalog_router)
api.add_router("", calendar_router)
api.add_router("", rules_router)
api.add_router("", staff_router)
api.add_router("", attestation_router)
api.add_router("", cases_router)
api.add_router("", simulations_router)

__all__ = ["api"]

"""``/cases/{id}/certificate.pdf``: the signed certificate of a completed issuing case."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from biliktilik.api.types import AUTH_ERRORS, ErrorOut

from .. import services_certificates
from ..errors import NoCertificate
from .cases import PathId, _case, router


@router.get(
    "/cases/{case_id}/certificate.pdf",
    response={**AUTH_ERRORS, 409: ErrorOut},
    summary="The case's certificate, signed (PDF)",
    openapi_extra={
        "responses": {
            200: {
                "description": "The certificate as issued: a PDF signed by the provider (PAdES), its QR "
                "code opening the public page /verify/{code}",
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def case_certificate(request: HttpRequest, case_id: int = PathId):
    certificate = services_certificates.certificate_of(_case(request, case_id))
    if certificate is None:
        raise NoCertificate()
    response = HttpResponse(bytes(certificate.pdf), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.number}.pdf"'
    return response

from django.conf import settings


def site(request):
    """Values every page needs: the languages offered and the current path for the switch."""
    return {"LANGUAGES_OFFERED": settings.LANGUAGES, "current_path": request.get_full_path()}

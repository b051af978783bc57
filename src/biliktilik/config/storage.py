"""Static files as the web server serves them: hashed, compressed, cached forever."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Before `collectstatic` has run (tests, development) a file has no hashed copy yet: it is
    named as it is (WhiteNoise then finds it in the package) rather than failing the page."""

    manifest_strict = False

    def stored_name(self, name: str) -> str:
        try:
            return super().stored_name(name)
        except ValueError:
            return name

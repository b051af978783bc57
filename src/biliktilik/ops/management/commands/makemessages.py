"""``makemessages`` that also collects the vocabulary's labels, marked ``N_("…")`` in pure Python
modules that cannot import Django's ``gettext_noop`` (see ``biliktilik.vocabulary``)."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=N_", "--keyword=Nn_:1,2"]

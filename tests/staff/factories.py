"""Factories of the staff registry and of accounts: organizations with a proper tree path,
employees with valid IINs, users with a profile per role."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from biliktilik.accounts.models import Profile
from biliktilik.staff.iin import make_iin
from biliktilik.staff.models import Employee, Organization, employee_sort_keys, organization_sort_keys


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization
        skip_postgeneration_save = True

    name_kk = factory.Sequence(lambda n: f"Мансап орталығы {n}")
    name_ru = factory.Sequence(lambda n: f"Центр карьеры {n}")
    kind = Organization.Kind.CAREER_CENTRE
    significance = Organization.Significance.DISTRICT
    parent = None
    path = ""
    sort_kk = factory.LazyAttribute(lambda o: organization_sort_keys(o)["sort_kk"])
    sort_ru = factory.LazyAttribute(lambda o: organization_sort_keys(o)["sort_ru"])

    @factory.post_generation
    def tree_path(obj, create, extracted, **kwargs):
        # The path holds the ids from the root, so it is known only after the first save.
        obj.path = obj.tree_path()
        if create:
            obj.save(update_fields=["path"])


class EmployeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Employee

    organization = factory.SubFactory(OrganizationFactory)
    birth_date = factory.Sequence(lambda n: dt.date(1965, 1, 1) + dt.timedelta(days=(397 * n) % 12000))
    sex = factory.Iterator(["female", "male"])
    iin = factory.LazyAttributeSequence(lambda o, n: make_iin(o.birth_date, o.sex, n % 10_000))
    last_name_kk = factory.Iterator(["Әбенова", "Сейтқали", "Жұмабаев", "Ахметова"])
    first_name_kk = factory.Iterator(["Айгүл", "Нұрлан", "Дәурен", "Сәуле"])
    last_name_ru = factory.Iterator(["Абенова", "Сейткали", "Жумабаев", "Ахметова"])
    first_name_ru = factory.Iterator(["Айгуль", "Нурлан", "Даурен", "Сауле"])
    # Set like every write of a name does (the services, the imports, the demo data).
    sort_kk = factory.LazyAttribute(lambda o: employee_sort_keys(o)["sort_kk"])
    sort_ru = factory.LazyAttribute(lambda o: employee_sort_keys(o)["sort_ru"])


class UserFactory(factory.django.DjangoModelFactory):
    """``UserFactory(role="hr_officer", role__organization=org)`` gives the user a profile."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    # No usable password by default: hashing one takes a noticeable part of a second per user.
    password = factory.django.Password(None)

    @factory.post_generation
    def role(obj, create, extracted, organization=None, employee=None, **kwargs):
        if extracted:
            Profile.objects.create(user=obj, role=extracted, organization=organization, employee=employee)

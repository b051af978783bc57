"""Stored keys that sort names in the Kazakh and the Russian alphabet (see staff/collation.py),
filled for the rows already there."""

from django.db import migrations, models

from biliktilik.staff.collation import sort_key

BATCH = 2000


def fill(apps, schema_editor):
    Employee = apps.get_model("staff", "Employee")
    Organization = apps.get_model("staff", "Organization")
    parts = ("last_name", "first_name", "patronymic")
    employees = []
    for e in Employee.objects.iterator(chunk_size=BATCH):
        e.sort_kk = sort_key(" ".join(getattr(e, f"{p}_kk") for p in parts), "kk")
        e.sort_ru = sort_key(" ".join(getattr(e, f"{p}_ru") or getattr(e, f"{p}_kk") for p in parts), "ru")
        employees.append(e)
    Employee.objects.bulk_update(employees, ["sort_kk", "sort_ru"], batch_size=BATCH)
    organizations = []
    for o in Organization.objects.iterator(chunk_size=BATCH):
        o.sort_kk, o.sort_ru = sort_key(o.name_kk, "kk"), sort_key(o.name_ru or o.name_kk, "ru")
        organizations.append(o)
    Organization.objects.bulk_update(organizations, ["sort_kk", "sort_ru"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0003_importjob_runs_on_the_task_queue"),
    ]

    operations = [
        migrations.AddField(
            model_name="employee", name="sort_kk", field=models.TextField(default="", editable=False)
        ),
        migrations.AddField(
            model_name="employee", name="sort_ru", field=models.TextField(default="", editable=False)
        ),
        migrations.AddField(
            model_name="organization", name="sort_kk", field=models.TextField(default="", editable=False)
        ),
        migrations.AddField(
            model_name="organization", name="sort_ru", field=models.TextField(default="", editable=False)
        ),
        migrations.AddIndex(
            model_name="employee", index=models.Index(fields=["sort_kk", "id"], name="employee_sort_kk")
        ),
        migrations.AddIndex(
            model_name="employee", index=models.Index(fields=["sort_ru", "id"], name="employee_sort_ru")
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]

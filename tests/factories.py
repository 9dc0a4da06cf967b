import factory
from django.contrib.auth import get_user_model

TEST_PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", TEST_PASSWORD)

    @factory.post_generation
    def save_password(self, create, extracted, **kwargs):
        if create:
            self.save()


class StaffFactory(UserFactory):
    is_staff = True


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "reporting.Category"
        django_get_or_create = ("slug", "locale")

    name = "Vandalism"
    slug = factory.LazyAttribute(lambda c: c.name.lower().replace(" ", "-"))
    apco_code = "VANDAL"
    locale = factory.LazyFunction(lambda: _locale("en"))


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code=code)[0]


def report_submit_for_test(**overrides):
    """A report through the real submit service, with plausible defaults."""
    from reporting.services import report_submit

    fields = {
        "category": overrides.pop("category", None) or CategoryFactory(),
        "reporter_name": "Alex Resident",
        "language": "en",
        "narrative": "Someone sprayed paint on my fence overnight.",
        "phone": "+12025550100",
        "email": "",
        "callback_channel": "sms",
        "address": "12 Oak Street",
    }
    fields.update(overrides)
    return report_submit(**fields)

from tests.kids.fixtures import kids_home, kids_pages, site

__all__ = ["kids_home", "kids_pages", "site"]

from tests.kids.fixtures import kids_home, kids_pages

__all__ = ["kids_home", "kids_pages"]

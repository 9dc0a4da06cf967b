"""Simple pictures for the demo, drawn with Pillow so the demo needs nothing from outside.

Each returns PNG bytes. They are plain shapes on purpose: no text inside the pictures, so the alt
text and the page carry the words (and the Spanish page can reuse them).
"""

from io import BytesIO

from PIL import Image, ImageDraw

W, H = 480, 360
SKY = (205, 228, 255)
GRASS = (120, 190, 110)
INK = (27, 27, 27)
SKIN = (240, 196, 150)


def _canvas(background=SKY):
    image = Image.new("RGB", (W, H), background)
    draw = ImageDraw.Draw(image)
    return image, draw


def _png(image) -> bytes:
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _house(draw, x=140, y=150, w=200, h=150, fill=(230, 200, 150)):
    draw.rectangle([x, y, x + w, y + h], fill=fill, outline=INK, width=4)
    draw.polygon(
        [(x - 20, y), (x + w // 2, y - 90), (x + w + 20, y)], fill=(170, 60, 50), outline=INK
    )
    draw.rectangle([x + 80, y + 70, x + 120, y + h], fill=(120, 80, 40), outline=INK, width=3)
    draw.rectangle([x + 20, y + 30, x + 60, y + 70], fill=(255, 255, 210), outline=INK, width=3)
    draw.rectangle([x + 140, y + 30, x + 180, y + 70], fill=(255, 255, 210), outline=INK, width=3)


def _person(draw, x, y, shirt=(60, 110, 200), scale=1.0):
    s = scale
    draw.ellipse([x - 22 * s, y - 44 * s, x + 22 * s, y], fill=SKIN, outline=INK, width=3)
    draw.rounded_rectangle(
        [x - 30 * s, y, x + 30 * s, y + 80 * s], 12, fill=shirt, outline=INK, width=3
    )
    draw.rectangle([x - 25 * s, y + 80 * s, x - 5 * s, y + 130 * s], fill=(40, 40, 90), outline=INK)
    draw.rectangle([x + 5 * s, y + 80 * s, x + 25 * s, y + 130 * s], fill=(40, 40, 90), outline=INK)


def fire() -> bytes:
    image, draw = _canvas()
    draw.rectangle([0, 300, W, H], fill=GRASS)
    _house(draw)
    for dx, height, color in [
        (0, 130, (230, 80, 30)),
        (50, 170, (250, 150, 30)),
        (100, 120, (230, 80, 30)),
    ]:
        x = 170 + dx
        draw.polygon([(x, 70), (x + 30, 70 - height // 2), (x + 60, 70)], fill=color, outline=INK)
    draw.ellipse([200, 10, 320, 60], fill=(150, 150, 150))
    return _png(image)


def sleeper() -> bytes:
    image, draw = _canvas((235, 225, 205))
    draw.rectangle([0, 260, W, H], fill=(190, 150, 110))
    # A grown-up lying on the floor, eyes closed.
    draw.ellipse([90, 200, 150, 260], fill=SKIN, outline=INK, width=3)
    draw.arc([102, 222, 118, 234], 0, 180, fill=INK, width=3)
    draw.arc([122, 222, 138, 234], 0, 180, fill=INK, width=3)
    draw.rounded_rectangle([150, 210, 300, 260], 14, fill=(60, 140, 90), outline=INK, width=3)
    draw.rectangle([300, 218, 400, 252], fill=(40, 40, 90), outline=INK, width=3)
    _person(draw, 380, 90, shirt=(230, 120, 40), scale=0.7)
    return _png(image)


def break_in() -> bytes:
    image, draw = _canvas((40, 50, 90))
    draw.ellipse([380, 30, 440, 90], fill=(250, 245, 200))
    draw.rectangle([60, 90, 420, 330], fill=(200, 170, 130), outline=INK, width=4)
    draw.rectangle([180, 150, 320, 280], fill=(90, 120, 160), outline=INK, width=4)
    for line in [((180, 150), (250, 215)), ((250, 215), (320, 170)), ((250, 215), (230, 280))]:
        draw.line(line, fill=(255, 255, 255), width=3)
    _person(draw, 110, 200, shirt=(20, 20, 20), scale=0.8)
    draw.rectangle([88, 178, 132, 186], fill=(20, 20, 20))
    return _png(image)


def lost_toy() -> bytes:
    image, draw = _canvas()
    draw.rectangle([0, 280, W, H], fill=GRASS)
    # A teddy bear under a bench.
    draw.rectangle([80, 200, 400, 215], fill=(140, 90, 50), outline=INK, width=3)
    draw.rectangle([100, 215, 115, 290], fill=(140, 90, 50), outline=INK)
    draw.rectangle([365, 215, 380, 290], fill=(140, 90, 50), outline=INK)
    draw.ellipse([210, 235, 270, 295], fill=(180, 120, 70), outline=INK, width=3)
    draw.ellipse([220, 200, 260, 240], fill=(180, 120, 70), outline=INK, width=3)
    draw.ellipse([214, 196, 230, 212], fill=(180, 120, 70), outline=INK, width=2)
    draw.ellipse([250, 196, 266, 212], fill=(180, 120, 70), outline=INK, width=2)
    return _png(image)


def scraped_knee() -> bytes:
    image, draw = _canvas((250, 240, 220))
    # A leg with a small red scrape and a bandage.
    draw.rounded_rectangle([150, 40, 250, 330], 40, fill=SKIN, outline=INK, width=4)
    draw.ellipse([170, 160, 230, 200], fill=(220, 80, 70))
    draw.rounded_rectangle([280, 150, 420, 200], 20, fill=(245, 210, 170), outline=INK, width=3)
    draw.rectangle([330, 160, 370, 190], fill=(255, 240, 230), outline=INK)
    return _png(image)


def talk() -> bytes:
    image, draw = _canvas((240, 235, 255))
    _person(draw, 150, 140, shirt=(200, 80, 120))
    _person(draw, 330, 160, shirt=(80, 160, 120), scale=0.8)
    draw.rounded_rectangle([180, 30, 300, 90], 20, fill=(255, 255, 255), outline=INK, width=3)
    draw.polygon([(200, 90), (185, 115), (225, 90)], fill=(255, 255, 255), outline=INK)
    for x in (210, 240, 270):
        draw.ellipse([x - 6, 54, x + 6, 66], fill=INK)
    return _png(image)


def prank() -> bytes:
    image, draw = _canvas((255, 236, 200))
    _phone_shape(draw, 150, 40, 180, 290, screen=(210, 230, 255))
    # A "no" sign over the phone: a joke call is not OK.
    draw.ellipse([110, 40, 370, 300], outline=(200, 30, 30), width=18)
    draw.line([(150, 80), (330, 260)], fill=(200, 30, 30), width=18)
    return _png(image)


def _phone_shape(draw, x, y, w, h, screen=(230, 240, 255), outline=INK, fill=(60, 60, 60)):
    draw.rounded_rectangle([x, y, x + w, y + h], 24, fill=fill, outline=outline, width=5)
    draw.rounded_rectangle(
        [x + 14, y + 24, x + w - 14, y + h * 0.38], 8, fill=screen, outline=outline
    )
    for row in range(4):
        for col in range(3):
            cx = x + w * (col + 1) / 4
            cy = y + h * 0.48 + row * h * 0.13
            draw.ellipse(
                [cx - 14, cy - 14, cx + 14, cy + 14], fill=screen, outline=outline, width=3
            )


def phone() -> bytes:
    image, draw = _canvas((215, 240, 220))
    _phone_shape(draw, 150, 20, 180, 320)
    return _png(image)


def home() -> bytes:
    image, draw = _canvas()
    draw.rectangle([0, 300, W, H], fill=GRASS)
    _house(draw)
    draw.rectangle([345, 200, 420, 240], fill=(255, 255, 255), outline=INK, width=3)
    draw.rectangle([380, 240, 386, 300], fill=INK)
    return _png(image)


def coloring() -> bytes:
    """Black lines on white: a phone and a police car to color in."""
    image = Image.new("RGB", (1200, 900), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    white = (255, 255, 255)
    _phone_shape_big = [90, 120, 390, 760]
    draw.rounded_rectangle(_phone_shape_big, 40, fill=white, outline=INK, width=10)
    draw.rounded_rectangle([130, 180, 350, 360], 16, fill=white, outline=INK, width=8)
    for row in range(4):
        for col in range(3):
            cx = 90 + 300 * (col + 1) / 4
            cy = 430 + row * 85
            draw.ellipse([cx - 30, cy - 30, cx + 30, cy + 30], fill=white, outline=INK, width=8)
    # Police car
    draw.rounded_rectangle([480, 480, 1140, 680], 40, fill=white, outline=INK, width=10)
    draw.polygon(
        [(600, 480), (680, 360), (940, 360), (1020, 480)], fill=white, outline=INK, width=10
    )
    draw.line([(810, 360), (810, 480)], fill=INK, width=8)
    draw.rectangle([770, 315, 850, 360], fill=white, outline=INK, width=8)
    for cx in (640, 980):
        draw.ellipse([cx - 75, 610, cx + 75, 760], fill=white, outline=INK, width=10)
        draw.ellipse([cx - 30, 655, cx + 30, 715], fill=white, outline=INK, width=8)
    draw.line([(480, 560), (1140, 560)], fill=INK, width=8)
    # Sun
    draw.ellipse([900, 60, 1060, 220], fill=white, outline=INK, width=10)
    return _png(image)


PICTURES = {
    "fire": fire,
    "sleeper": sleeper,
    "break-in": break_in,
    "lost-toy": lost_toy,
    "scraped-knee": scraped_knee,
    "talk": talk,
    "prank": prank,
    "phone": phone,
    "home": home,
    "coloring": coloring,
}

"""Page preparation: the fast median and the skew estimate give what the slow ways give."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from parsers.image_prep import LazyPage, estimate_skew, median3, prepare

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
LINES = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm túc",
    "các nội dung sau đây, báo cáo kết quả trước ngày 30 tháng 11 năm 2026.",
]


def test_median_is_pillows_median_filter() -> None:
    """Same pixels as Pillow's MedianFilter(3), edges included, on noise and on a page with specks."""
    rng = np.random.default_rng(7)
    noise = Image.fromarray(rng.integers(0, 256, (61, 87), dtype=np.uint8), "L")
    assert np.array_equal(np.asarray(median3(noise)), np.asarray(noise.filter(ImageFilter.MedianFilter(3))))
    page = np.full((120, 200), 255, dtype=np.uint8)
    page[40:44, 20:180] = 0  # a stroke survives
    page[rng.integers(0, 120, 300), rng.integers(0, 200, 300)] = 0  # lone specks go
    img = Image.fromarray(page, "L")
    out = np.asarray(median3(img))
    assert np.array_equal(out, np.asarray(img.filter(ImageFilter.MedianFilter(3))))
    assert out[41:43, 22:178].max() == 0 and out[:30].min() == 255


def _page(angle: float) -> Image.Image:
    """A 150-dpi A4 page of Vietnamese text lines, turned by ``angle`` degrees."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 26)
    for k in range(24):
        draw.text((120, 150 + 55 * k), LINES[k % len(LINES)], font=font, fill=0)
    return page.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)


@pytest.mark.parametrize("angle", [1.5, -0.75, 2.25])
def test_skew_of_a_turned_page_is_found(angle: float) -> None:
    """A page turned by a scanner-like angle is turned back by the same angle (to 0.1°)."""
    assert estimate_skew(_page(angle)) == pytest.approx(-angle, abs=0.1)


def test_level_and_blank_pages_are_not_turned() -> None:
    assert abs(estimate_skew(_page(0.0))) <= 0.05
    assert estimate_skew(Image.new("L", (1240, 1754), 255)) == 0.0


def test_lazy_page_is_made_once_and_only_when_used() -> None:
    """The second page image costs a pipeline run: none until something of it is read, then one."""
    made: list[int] = []

    def make() -> Image.Image:
        made.append(1)
        return _page(0.0)

    page = LazyPage(make)
    assert page is not None and made == []
    assert page.size == (1240, 1754) and made == [1]
    crop = page.crop((100, 100, 300, 200))
    assert crop.size == (200, 100) and made == [1]


def test_seal_page_second_image_matches_the_first_in_size() -> None:
    """A page with a red seal gets a second image (made lazily) of the prepared page's size."""
    page = _page(0.0).convert("RGB")
    draw = ImageDraw.Draw(page)
    draw.ellipse((700, 1200, 1000, 1500), outline=(220, 30, 30), width=8)
    draw.text((760, 1330), "Nguyễn Văn An", font=ImageFont.truetype(FONT, 26), fill=(0, 0, 0))
    prep = prepare(page, 150)
    assert isinstance(prep.alt, LazyPage)
    assert prep.alt.size == prep.image.size == (2480, 3508)

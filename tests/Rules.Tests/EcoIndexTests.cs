using PlanetTechCare.BrowserSupport;

namespace PlanetTechCare.Rules.Tests;

/// <summary>The EcoIndex formula the browser tests grade the dashboard's pages with, against ecoindex_python's own reference values.</summary>
public sealed class EcoIndexTests
{
    [Fact]
    public void An_empty_page_scores_100_and_grades_A()
    {
        Assert.Equal(100, EcoIndex.Score(domElements: 0, requests: 0, kilobytes: 0));
        Assert.Equal('A', EcoIndex.Grade(100));
    }

    [Theory]
    [InlineData(100, 100, 100, 72, 'B')]
    [InlineData(100, 100, 1000, 67, 'C')]
    [InlineData(100, 100, 10000, 58, 'C')]
    [InlineData(200, 200, 10000, 46, 'D')]
    [InlineData(2355, 267, 2493, 10, 'G')]
    [InlineData(240, 20, 331, 83, 'A')]
    [InlineData(2240, 100, 310182.902, 16, 'F')]
    public void A_page_scores_and_grades_as_the_reference_implementation_does(int dom, int requests, double kilobytes, int score, char grade)
    {
        Assert.Equal(score, EcoIndex.Score(dom, requests, kilobytes));
        Assert.Equal(grade, EcoIndex.Grade(score));
    }

    [Fact]
    public void A_value_falls_in_its_band_at_its_place_inside_it_and_beyond_the_table_in_the_last()
    {
        Assert.Equal(14.086372025739513, EcoIndex.Quantile(EcoIndex.KilobyteQuantiles, 2500), 12);
        Assert.Equal(2.892857142857143, EcoIndex.Quantile(EcoIndex.DomQuantiles, 150), 12);
        Assert.Equal(2.8, EcoIndex.Quantile(EcoIndex.RequestQuantiles, 23), 12);
        Assert.Equal(20, EcoIndex.Quantile(EcoIndex.KilobyteQuantiles, 310182.902));
    }

    [Fact]
    public void A_light_page_scores_by_the_worked_arithmetic()
    {
        // dom 240 lies in [233, 298): 4 + 7/65 = 4.10769; 20 requests in [15, 25): 2 + 5/10 = 2.5;
        // 331 KB in [319.53, 479.46): 3 + 11.47/159.93 = 3.07172.
        // 100 - 5 × (3 × 4.10769 + 2 × 2.5 + 3.07172) / 6 = 100 - 5 × 20.39480 / 6 = 83.004 → 83, A.
        Assert.Equal(83, EcoIndex.Score(240, 20, 331));
        Assert.Equal('A', EcoIndex.Grade(83));
    }

    [Fact]
    public void A_page_of_a_hundred_everything_scores_by_the_worked_arithmetic()
    {
        // dom 100 lies in [75, 159): 2 + 25/84 = 2.29762; 100 requests in [95, 105): 12 + 5/10 = 12.5;
        // 100 KB in [1.37, 144.7): 1 + 98.63/143.33 = 1.68813.
        // 100 - 5 × (3 × 2.29762 + 2 × 12.5 + 1.68813) / 6 = 100 - 5 × 33.58099 / 6 = 72.016 → 72, B.
        Assert.Equal(72, EcoIndex.Score(100, 100, 100));
        Assert.Equal('B', EcoIndex.Grade(72));
    }

    [Fact]
    public void A_heavy_page_scores_by_the_worked_arithmetic()
    {
        // dom 2355 lies in [1801, 2479): 18 + 554/678 = 18.81711; 267 requests in [205, 281): 18 + 62/76 = 18.81579;
        // 2493 KB in [2465.37, 2866.31): 14 + 27.63/400.94 = 14.06891.
        // 100 - 5 × (3 × 18.81711 + 2 × 18.81579 + 14.06891) / 6 = 100 - 5 × 108.15182 / 6 = 9.874 → 10, G (10 is not above 10).
        Assert.Equal(10, EcoIndex.Score(2355, 267, 2493));
        Assert.Equal('G', EcoIndex.Grade(10));
    }

    [Theory]
    [InlineData(81, 'A')]
    [InlineData(80, 'B')]
    [InlineData(71, 'B')]
    [InlineData(70, 'C')]
    [InlineData(56, 'C')]
    [InlineData(55, 'D')]
    [InlineData(41, 'D')]
    [InlineData(40, 'E')]
    [InlineData(26, 'E')]
    [InlineData(25, 'F')]
    [InlineData(11, 'F')]
    [InlineData(10, 'G')]
    [InlineData(2, 'G')]
    public void A_grade_starts_just_above_its_threshold(int score, char grade) => Assert.Equal(grade, EcoIndex.Grade(score));
}

package zeitgeist.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Adding up the values Spark reports for running and ended tasks. */
class TaskCountsTest {
  @Test
  void runningTasksCountTheirLatestValueEndedTasksTheirFinalOne() {
    TaskCounts c = new TaskCounts();
    c.running(1, 100);
    c.running(2, 40);
    assertEquals(140, c.done());
    c.running(1, 250);
    assertEquals(290, c.done(), "a later heartbeat replaces the earlier value");
    c.ended(1, 2000, true);
    assertEquals(2040, c.done());
    c.ended(2, 2000, true);
    c.ended(3, 1500, true); // never seen running: a task shorter than a heartbeat
    assertEquals(5500, c.done());
  }

  @Test
  void aRunningValueNeverGoesDown() {
    TaskCounts c = new TaskCounts();
    c.running(7, 300);
    c.running(7, 200); // an older heartbeat delivered late
    assertEquals(300, c.done());
  }

  @Test
  void aFailedTaskCountsNothingAndItsRetryCountsOnce() {
    TaskCounts c = new TaskCounts();
    c.running(1, 900);
    c.ended(1, 0, false);
    assertEquals(0, c.done());
    c.running(2, 500); // the retry of the same partition
    c.ended(2, 2000, true);
    assertEquals(2000, c.done());
  }

  @Test
  void aHeartbeatAfterTheTaskEndedIsIgnored() {
    TaskCounts c = new TaskCounts();
    c.running(1, 1200);
    c.ended(1, 2000, true);
    c.running(1, 1900); // sent before the end, delivered after it
    assertEquals(2000, c.done());
  }

  @Test
  void tasksOfOtherJobsChangeNothing() {
    TaskCounts c = new TaskCounts();
    c.ended(99, 0, true);
    c.ended(98, 0, false);
    assertEquals(0, c.done());
  }
}

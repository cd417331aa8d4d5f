/** Word lists for fake users: common given names and surnames from many places, ASCII only. */
export const FIRST_NAMES = [
  'James', 'Mary', 'John', 'Patricia', 'Robert', 'Jennifer', 'Michael', 'Linda', 'William', 'Elizabeth',
  'David', 'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen',
  'Christopher', 'Nancy', 'Daniel', 'Lisa', 'Matthew', 'Betty', 'Anthony', 'Margaret', 'Mark', 'Sandra',
  'Donald', 'Ashley', 'Steven', 'Kimberly', 'Paul', 'Emily', 'Andrew', 'Donna', 'Joshua', 'Michelle',
  'Kenneth', 'Dorothy', 'Kevin', 'Carol', 'Brian', 'Amanda', 'George', 'Melissa', 'Edward', 'Deborah',
  'Ronald', 'Stephanie', 'Timothy', 'Rebecca', 'Jason', 'Laura', 'Jeffrey', 'Sharon', 'Ryan', 'Cynthia',
  'Jacob', 'Kathleen', 'Gary', 'Amy', 'Nicholas', 'Shirley', 'Eric', 'Angela', 'Jonathan', 'Helen',
  'Stephen', 'Anna', 'Larry', 'Brenda', 'Justin', 'Pamela', 'Scott', 'Nicole', 'Brandon', 'Emma',
  'Benjamin', 'Samantha', 'Samuel', 'Katherine', 'Gregory', 'Christine', 'Frank', 'Debra', 'Alexander', 'Rachel',
  'Raymond', 'Catherine', 'Patrick', 'Carolyn', 'Jack', 'Janet', 'Dennis', 'Ruth', 'Jerry', 'Maria',
  'Tyler', 'Heather', 'Aaron', 'Diane', 'Jose', 'Virginia', 'Adam', 'Julie', 'Henry', 'Joyce',
  'Nathan', 'Victoria', 'Douglas', 'Olivia', 'Zachary', 'Kelly', 'Peter', 'Christina', 'Kyle', 'Lauren',
  'Walter', 'Joan', 'Ethan', 'Evelyn', 'Jeremy', 'Judith', 'Harold', 'Megan', 'Keith', 'Cheryl',
  'Christian', 'Andrea', 'Roger', 'Hannah', 'Noah', 'Martha', 'Gerald', 'Jacqueline', 'Carl', 'Frances',
  'Terry', 'Gloria', 'Sean', 'Ann', 'Austin', 'Teresa', 'Arthur', 'Kathryn', 'Lawrence', 'Sara',
  'Jesse', 'Janice', 'Dylan', 'Jean', 'Bryan', 'Alice', 'Joe', 'Madison', 'Jordan', 'Doris',
  'Liam', 'Sofia', 'Lucas', 'Isabella', 'Mateo', 'Camila', 'Luca', 'Giulia', 'Hugo', 'Chloe',
  'Lars', 'Ingrid', 'Sven', 'Astrid', 'Pierre', 'Amelie', 'Jan', 'Lena', 'Pavel', 'Olga',
  'Ivan', 'Natalia', 'Ahmed', 'Fatima', 'Omar', 'Aisha', 'Ravi', 'Priya', 'Arjun', 'Ananya',
  'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Kenji', 'Sakura', 'Min', 'Jiwoo', 'Kwame', 'Amara',
  'Tunde', 'Zainab', 'Diego', 'Valentina', 'Santiago', 'Lucia', 'Rafael', 'Beatriz', 'Joao', 'Ines',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
  'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz', 'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes',
  'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers', 'Gutierrez', 'Ortiz', 'Morgan', 'Cooper',
  'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim', 'Cox', 'Ward', 'Richardson',
  'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza', 'Ruiz', 'Hughes',
  'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster', 'Jimenez',
  'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson', 'Barnes',
  'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton', 'Graham', 'Reynolds',
  'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson', 'Ellis',
  'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison',
  'Fernandez', 'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman',
  'Webb', 'Tucker', 'Guzman', 'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter', 'Gordon',
  'Mueller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Rossi', 'Russo', 'Ferrari', 'Bianchi', 'Dubois',
  'Laurent', 'Lefebvre', 'Moreau', 'Jansen', 'DeVries', 'Bakker', 'Novak', 'Kowalski', 'Nowak', 'Ivanov',
  'Petrov', 'Popescu', 'Nielsen', 'Hansen', 'Larsen', 'Andersson', 'Johansson', 'Virtanen', 'Silva', 'Santos',
  'Oliveira', 'Costa', 'Pereira', 'Wang', 'Zhang', 'Liu', 'Tanaka', 'Suzuki', 'Sato', 'Park',
  'Choi', 'Singh', 'Kumar', 'Sharma', 'Gupta', 'Khan', 'Ali', 'Hassan', 'Okafor', 'Mensah',
];

export const EMAIL_DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'inbox.example', 'corp.example'];

export const CITIES = [
  'New York', 'London', 'Paris', 'Berlin', 'Madrid', 'Rome', 'Lisbon', 'Amsterdam', 'Stockholm', 'Warsaw',
  'Toronto', 'Chicago', 'Austin', 'Seattle', 'Mexico City', 'Sao Paulo', 'Buenos Aires', 'Lagos', 'Nairobi', 'Cairo',
  'Mumbai', 'Bangalore', 'Singapore', 'Tokyo', 'Seoul', 'Sydney', 'Auckland', 'Dublin', 'Zurich', 'Vienna',
];

export const DESCRIPTIONS = [
  'Coffee first, then code.',
  'Product designer who loves typography.',
  'Weekend hiker and amateur photographer.',
  'Backend engineer; databases and queues.',
  'Marketing lead. Opinions are my own.',
  'Customer success at heart.',
  'Learning something new every day.',
  'Runner, reader, occasional cook.',
  'Data analyst with a soft spot for charts.',
  'Building small tools for big teams.',
];

export const TIME_ZONES = ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney'];
export const LANGUAGES = ['en', 'en', 'en', 'es', 'fr', 'de', 'pt', 'ja'];
